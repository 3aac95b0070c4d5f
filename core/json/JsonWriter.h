#pragma once

// The codecs' objects and the writer that turns them into compact UTF-8 JSON.
//
// A codec returns a json::Object: its members in order, keys as Latin-1 literals, values
// held as they are (a QString is shared, not converted). Written straight to bytes, a page of
// a hundred grants costs a third of building it as QJsonObjects and serialising those with
// QJsonDocument, which was three fifths of the server's time on list pages (bench_api, perf).
// Where a QJsonObject is still wanted (a reply assembled by hand, a test), an Object converts.

#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace cc::json {

class Writer;
class Object;
struct Member;
class Value;
using Members = std::vector<Member>;
using Values = std::vector<Value>;

// Member is still incomplete here, so Value's constructors (which instantiate the variant
// and with it std::vector<Member>) are defined after it: clang instantiates them where they
// are defined, and libstdc++ refuses a vector of an incomplete type there.
class Value
{
public:
    Value(); // null
    Value(std::nullptr_t);
    Value(bool value);
    template<typename T,
             std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Value(T value);
    Value(double value);
    Value(const QString &value);
    Value(QLatin1StringView value);
    Value(const QStringList &value);
    Value(const QJsonValue &value);
    Value(const QJsonArray &value);
    Value(const QJsonObject &value);
    Value(const Object &value);
    Value(Object &&value);
    Value(Values values); // an array
    template<typename T> Value(const std::optional<T> &value); // null when unset
    // A literal would otherwise become a bool; say QStringLiteral.
    Value(const char *) = delete;

    void write(Writer &writer) const;
    QJsonValue toJsonValue() const;

private:
    std::variant<std::monostate, bool, qint64, double, QString, QStringList, QJsonValue, Members,
                 Values>
        m_value;
};

struct Member
{
    Member(const char *key, Value value)
        : key(key)
        , value(std::move(value))
    { }
    QLatin1StringView key;
    Value value;
};

inline Value::Value() = default;
inline Value::Value(std::nullptr_t) { }
inline Value::Value(bool value)
    : m_value(value)
{ }
template<typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int>>
Value::Value(T value)
    : m_value(qint64(value))
{ }
inline Value::Value(double value)
    : m_value(value)
{ }
inline Value::Value(const QString &value)
    : m_value(value)
{ }
inline Value::Value(QLatin1StringView value)
    : m_value(QString(value))
{ }
inline Value::Value(const QStringList &value)
    : m_value(value)
{ }
inline Value::Value(const QJsonValue &value)
    : m_value(value)
{ }
inline Value::Value(const QJsonArray &value)
    : m_value(QJsonValue(value))
{ }
inline Value::Value(const QJsonObject &value)
    : m_value(QJsonValue(value))
{ }
template<typename T> Value::Value(const std::optional<T> &value)
{
    if (value)
        *this = Value(*value);
}

class Object
{
public:
    Object() = default;
    Object(std::initializer_list<Member> members)
        : m_members(members)
    { }
    explicit Object(Members members)
        : m_members(std::move(members))
    { }

    // key is a literal; a later member does not replace an earlier one of the same name.
    void add(const char *key, Value value) { m_members.emplace_back(key, std::move(value)); }
    const Members &members() const & { return m_members; }
    Members members() && { return std::move(m_members); }

    QByteArray toJson() const; // compact UTF-8
    QJsonObject toJsonObject() const;
    // So an Object nests in a QJsonObject or QJsonArray assembled by hand.
    operator QJsonValue() const { return toJsonObject(); }

private:
    Members m_members;
};

// Compact JSON (RFC 8259) into a byte array: commas and colons are placed by what was
// written last, so callers only open, name and close.
class Writer
{
public:
    Writer() = default;
    // Room for about as many bytes as the caller will write, so the output is not grown
    // (copied) as it is written.
    explicit Writer(qsizetype capacity) { m_out.reserve(capacity); }

    void beginObject() { open('{'); }
    void endObject() { m_out += '}'; }
    void beginArray() { open('['); }
    void endArray() { m_out += ']'; }
    void key(QLatin1StringView name);
    void key(QStringView name);

    void null();
    void boolean(bool value);
    void integer(qint64 value);
    void number(double value); // not finite -> null, as JSON has no such numbers
    void string(QStringView value);
    void value(const QJsonValue &value);
    void object(const Members &members);

    QByteArray take() { return std::move(m_out); }

private:
    void separate(); // a comma unless this is the first thing in its object or array
    char *reserve(qsizetype most); // room for `most` more bytes, then release() the rest
    void release(const char *end);
    void open(char bracket)
    {
        separate();
        m_out += bracket;
    }

    QByteArray m_out;
};

} // namespace cc::json
