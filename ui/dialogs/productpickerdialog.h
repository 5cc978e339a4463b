#pragma once

#include <QDialog>
#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace rollbook {

/// Choose products to enroll in: a filter box over the catalogue (courses, bundles, events, live
/// classes...), several can be ticked.
class ProductPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ProductPickerDialog(QSqlDatabase db, int users, QWidget *parent = nullptr);
    std::vector<std::int64_t> chosen() const;

    /// Asks; tests answer through setNextAnswer instead of a real modal dialog.
    static std::optional<std::vector<std::int64_t>> ask(QSqlDatabase db, int users, QWidget *parent);
    static void setNextAnswer(std::optional<std::vector<std::int64_t>> answer);

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_products;
};

} // namespace rollbook
