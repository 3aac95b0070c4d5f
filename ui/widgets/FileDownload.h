#pragma once

// Saves a file the server answers with (a PDF report) where the person chose: written to a
// QSaveFile as it arrives and committed only when the whole answer came, so a failed download
// leaves nothing behind; the message bar then says where it went and its SHA-256, read back
// from the disk (what anyone checking the file will hash).

#include <functional>

#include <QObject>

class QIODevice;
class QWidget;

namespace cc::client {
class ApiJob;
}

namespace cc::ui {

class MessageBar;

class FileDownload : public QObject
{
    Q_OBJECT

public:
    using Request = std::function<client::ApiJob *(QIODevice *sink)>;

    FileDownload(MessageBar *messages, QObject *parent);

    // The file dialog: where to save, starting at suggestedName in the home folder; empty when
    // the person cancelled.
    static QString askPath(QWidget *parent, const QString &title, const QString &suggestedName,
                           const QString &filter);
    // Saves the answer of request(sink) to path; `what` names it in the messages ("The board
    // report"), `afterwards` is said after the success message (how to check the file). False
    // when a download is running already.
    bool start(const QString &path, const QString &what, const Request &request,
               const QString &afterwards = {});
    bool isRunning() const { return m_running; }

signals:
    void started();
    void finished(bool ok, const QString &message, const QString &sha256);

private:
    void finish(bool ok, const QString &message, const QString &sha256);

    MessageBar *m_messages;
    bool m_running = false;
};

} // namespace cc::ui
