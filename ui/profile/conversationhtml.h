#pragma once

#include <QList>
#include <QString>

namespace rollbook {

/// One message of a ticket or a one-to-one conversation, as shown.
struct ConversationEntry
{
    QString when;
    QString author;
    QString body;
    bool fromOperator = false;
    bool internal = false; ///< a note only operators see
};

/// The conversation as HTML for a QTextBrowser: operators' messages indented, internal notes
/// shaded and labelled, every text escaped.
QString conversationHtml(const QList<ConversationEntry> &entries);

} // namespace rollbook
