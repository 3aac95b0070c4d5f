#include "JsonWriter.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QLocale>

namespace cc::json {

Value::Value(const Object &value)
    : m_value(value.members())
{ }

Value::Value(Object &&value)
    : m_value(std::move(value).members())
{ }

Value::Value(Values values)
    : m_value(std::move(values))
{ }

void Value::write(Writer &writer) const
{
    struct Visit
    {
        Writer &w;
        void operator()(std::monostate) const { w.null(); }
        void operator()(bool v) const { w.boolean(v); }
        void operator()(qint64 v) const { w.integer(v); }
        void operator()(double v) const { w.number(v); }
        void operator()(const QString &v) const { w.string(v); }
        void operator()(const QStringList &list) const
        {
            w.beginArray();
            for (const QString &v : list)
                w.string(v);
            w.endArray();
        }
        void operator()(const QJsonValue &v) const { w.value(v); }
        void operator()(const Members &members) const { w.object(members); }
        void operator()(const Values &values) const
        {
            w.beginArray();
            for (const Value &v : values)
                v.write(w);
            w.endArray();
        }
    };
    std::visit(Visit {writer}, m_value);
}

QJsonValue Value::toJsonValue() const
{
    struct Visit
    {
        QJsonValue operator()(std::monostate) const { return {}; }
        QJsonValue operator()(bool v) const { return v; }
        QJsonValue operator()(qint64 v) const { return v; }
        QJsonValue operator()(double v) const { return v; }
        QJsonValue operator()(const QString &v) const { return v; }
        QJsonValue operator()(const QStringList &v) const { return QJsonArray::fromStringList(v); }
        QJsonValue operator()(const QJsonValue &v) const { return v; }
        QJsonValue operator()(const Members &members) const
        {
            return Object(members).toJsonObject();
        }
        QJsonValue operator()(const Values &values) const
        {
            QJsonArray array;
            for (const Value &v : values)
                array.append(v.toJsonValue());
            return array;
        }
    };
    return std::visit(Visit {}, m_value);
}

QByteArray Object::toJson() const
{
    Writer writer;
    writer.object(m_members);
    return writer.take();
}

QJsonObject Object::toJsonObject() const
{
    QJsonObject object;
    for (const Member &m : m_members)
        if (!object.contains(m.key)) // the first of a name wins, as in toJson()'s readers
            object.insert(m.key, m.value.toJsonValue());
    return object;
}

void Writer::separate()
{
    if (!m_out.isEmpty()) {
        const char last = m_out.back();
        if (last != '{' && last != '[' && last != ':')
            m_out += ',';
    }
}

char *Writer::reserve(qsizetype most)
{
    const qsizetype used = m_out.size();
    m_out.resize(used + most); // grows the capacity geometrically, like append
    return m_out.data() + used;
}

void Writer::release(const char *end)
{
    m_out.truncate(end - m_out.constData());
}

void Writer::key(QLatin1StringView name)
{
    separate();
    char *out = reserve(name.size() + 3);
    *out++ = '"';
    out = std::copy(name.begin(), name.end(), out); // literals are plain ASCII
    *out++ = '"';
    *out++ = ':';
    release(out);
}

void Writer::key(QStringView name)
{
    string(name);
    m_out += ':';
}

void Writer::null()
{
    separate();
    m_out += "null";
}

void Writer::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
}

void Writer::integer(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
}

void Writer::number(double value)
{
    if (!std::isfinite(value))
        return null();
    separate();
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void Writer::string(QStringView value)
{
    separate();
    // Written through a pointer into room for the worst case, six bytes (\u00XX) per UTF-16
    // unit: appending byte by byte was most of the writer's time.
    char *out = reserve(value.size() * 6 + 2);
    *out++ = '"';
    const char16_t *c = value.utf16();
    const char16_t *const end = c + value.size();
    for (; c != end; ++c) {
        const char16_t u = *c;
        if (u >= 0x20 && u < 0x80) {
            if (u == '"' || u == '\\')
                *out++ = '\\';
            *out++ = char(u);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            const char named = u == '\n' ? 'n'
                : u == '\r'              ? 'r'
                : u == '\t'              ? 't'
                : u == '\b'              ? 'b'
                : u == '\f'              ? 'f'
                                         : 0;
            *out++ = '\\';
            if (named) {
                *out++ = named;
            } else {
                out = std::copy_n("u00", 3, out);
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            char32_t code = u;
            if (QChar::isHighSurrogate(u) && c + 1 != end && QChar::isLowSurrogate(c[1]))
                code = QChar::surrogateToUcs4(u, *++c);
            else if (QChar::isSurrogate(u))
                code = 0xfffd; // a lone half of a pair has no UTF-8 form
            if (code < 0x10000) {
                *out++ = char(0xe0 | (code >> 12));
            } else {
                *out++ = char(0xf0 | (code >> 18));
                *out++ = char(0x80 | ((code >> 12) & 0x3f));
            }
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        }
    }
    *out++ = '"';
    release(out);
}

void Writer::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        // QJsonValue keeps integers exactly; written as integers they stay exact past 2^53.
        if (const qint64 i = value.toInteger(); QJsonValue(i) == value)
            return integer(i);
        return number(value.toDouble());
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &v : value.toArray())
            this->value(v);
        return endArray();
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        return endObject();
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    }
}

void Writer::object(const Members &members)
{
    beginObject();
    for (const Member &m : members) {
        key(m.key);
        m.value.write(*this);
    }
    endObject();
}

} // namespace cc::json
