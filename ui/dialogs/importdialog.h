#pragma once

#include "actions/actioncontext.h"
#include "import/userimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace rollbook {

class ImportPreviewModel;

/// File > Import users: the file (CSV or XLSX), the column mapping (guessed, correctable), the
/// mode, then a dry run with a row per line and its outcome; Import writes it all or nothing.
/// Reading, checking and writing run on workers with their own connections behind progress.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &databasePath, const Operator &actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file and guesses the mapping (also what Browse does).
    void load(const QString &path);
    /// The dry run over the mapping and mode shown.
    void check();
    /// Writes the checked plan; true when the users were imported.
    /// Writes the checked plan; with skipInvalid (after a question) the valid lines only.
    bool importChecked(bool skipInvalid = false);

Q_SIGNALS:
    /// Users were created or updated: the directory should refresh.
    void imported();

private:
    void browse();
    void saveResults();
    QList<ImportMapping> mapping() const;
    void planChanged();

    QString m_databasePath;
    Operator m_actor;
    QLineEdit *m_path;
    QLabel *m_format;
    QTableWidget *m_mapping;
    QComboBox *m_mode;
    QComboBox *m_region;
    QTableView *m_preview;
    ImportPreviewModel *m_previewModel;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_skipInvalid;
    QPushButton *m_saveResults;
    std::optional<ImportTable> m_table;
    std::optional<ImportPlan> m_plan;
    QList<CustomField> m_fields;
    QList<ImportMapping> m_choices; ///< what each mapping combo's entries stand for, in their order
};

} // namespace rollbook
