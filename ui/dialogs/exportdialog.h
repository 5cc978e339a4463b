#pragma once

#include "export/tablewriter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rollbook {

/// What the operator chose to export, and where.
struct ExportChoice
{
    bool selectionOnly = false;
    ExportOptions options;
    QString path;
};

/// The current view or the selection; CSV (delimiter, byte-order mark, Excel-safe cells) or
/// XLSX; the file. The extension follows the format.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(qint64 viewRows, qint64 selectedRows, QWidget *parent = nullptr);
    ExportChoice choice() const;

    /// Asks; tests answer through setNextAnswer instead of a real modal dialog.
    static std::optional<ExportChoice> ask(QWidget *parent, qint64 viewRows, qint64 selectedRows);
    static void setNextAnswer(std::optional<ExportChoice> answer);

    /// Creates a missing folder for the file, or shows why it cannot and stays open.
    void accept() override;

private:
    void formatChanged();
    void browse();

    QRadioButton *m_view;
    QRadioButton *m_selection;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_excelSafe;
    QLineEdit *m_path;
    QLabel *m_pathError;
};

} // namespace rollbook
