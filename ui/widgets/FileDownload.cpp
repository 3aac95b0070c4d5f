#include "widgets/FileDownload.h"

#include "ApiJob.h"
#include "widgets/MessageBar.h"

#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QSaveFile>

namespace cc::ui {

namespace {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

FileDownload::FileDownload(MessageBar *messages, QObject *parent)
    : QObject(parent)
    , m_messages(messages)
{ }

QString FileDownload::askPath(QWidget *parent, const QString &title, const QString &suggestedName,
                              const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName),
                                        filter);
}

bool FileDownload::start(const QString &path, const QString &what, const Request &request,
                         const QString &afterwards)
{
    if (m_running)
        return false;
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(path, file->errorString()), {});
        return true;
    }
    m_running = true;
    emit started();
    m_messages->showMessage(MessageBar::Kind::Info, tr("Saving %1…").arg(path));
    client::ApiJob *job = request(file.get());
    connect(
        job, &client::ApiJob::finished, this,
        [this, file, path, what, afterwards](client::ApiJob *job) {
            if (!job->ok()) {
                file->cancelWriting();
                finish(false, tr("%1 could not be saved: %2").arg(what, job->error().message), {});
            } else if (!file->commit()) {
                finish(false, tr("Cannot write %1: %2").arg(path, file->errorString()), {});
            } else {
                const QString sha256 = fileSha256(path);
                const QString saved = tr("%1 saved to %2 (%3 bytes), SHA-256 %4.")
                                          .arg(what, QDir::toNativeSeparators(path),
                                               QLocale().toString(job->bodyBytes()), sha256);
                finish(true, afterwards.isEmpty() ? saved : saved + QLatin1Char(' ') + afterwards,
                       sha256);
            }
        });
    return true;
}

void FileDownload::finish(bool ok, const QString &message, const QString &sha256)
{
    m_running = false;
    m_messages->showMessage(ok ? MessageBar::Kind::Success : MessageBar::Kind::Error, message);
    emit finished(ok, message, sha256);
}

} // namespace cc::ui
