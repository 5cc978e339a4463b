#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace rollbook {

/// A line over an empty list that says what is empty and what to do ("No test taken yet."),
/// shown whenever the view's model has no rows and text() has something to say.
class EmptyHint : public QLabel
{
    Q_OBJECT

public:
    using Text = std::function<QString()>;
    EmptyHint(QAbstractItemView *view, Text text, const QString &objectName);
    /// Shows or hides the hint for the model's rows now (the model's row signals do it too).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Text m_text;
};

} // namespace rollbook
