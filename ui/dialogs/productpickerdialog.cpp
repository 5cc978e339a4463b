#include "productpickerdialog.h"

#include "money.h"
#include "textfold.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace rollbook {

namespace {
std::optional<std::optional<std::vector<std::int64_t>>> nextAnswer;
constexpr int FoldedRole = Qt::UserRole + 1;
} // namespace

ProductPickerDialog::ProductPickerDialog(QSqlDatabase db, int users, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_products(new QListWidget(this))
{
    setObjectName(QStringLiteral("productPicker"));
    setWindowTitle(tr("Enroll %n user(s)", nullptr, users));
    m_filter->setObjectName(QStringLiteral("productFilter"));
    m_filter->setAccessibleName(tr("Filter products"));
    m_filter->setPlaceholderText(tr("Filter products"));
    m_filter->setClearButtonEnabled(true);
    m_products->setObjectName(QStringLiteral("productList"));
    m_products->setAccessibleName(tr("Products"));
    // The catalogue is small (hundreds of products, not users): read at once.
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, title, kind, price, currency FROM products ORDER BY title"));
    while (query.next()) {
        const QString kind = query.value(2).toString().replace(u'_', u' ');
        const QString text = tr("%1 — %2, %3")
                                 .arg(query.value(1).toString(), kind,
                                      formatMoney(query.value(3).toLongLong(), query.value(4).toString()));
        auto *item = new QListWidgetItem(text, m_products);
        item->setData(Qt::UserRole, query.value(0).toLongLong());
        item->setData(FoldedRole, foldText(text));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Enroll"));
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_products, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ProductPickerDialog::filter);
    connect(m_products, &QListWidget::itemChanged, this, [this, ok] { ok->setEnabled(!chosen().empty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 480);
}

void ProductPickerDialog::filter(const QString &text)
{
    const QStringList terms = searchTerms(text);
    for (int row = 0; row < m_products->count(); ++row) {
        QListWidgetItem *item = m_products->item(row);
        const QString folded = item->data(FoldedRole).toString();
        bool shown = true;
        for (const QString &term : terms)
            shown = shown && folded.contains(term);
        item->setHidden(!shown);
    }
}

std::vector<std::int64_t> ProductPickerDialog::chosen() const
{
    std::vector<std::int64_t> ids;
    for (int row = 0; row < m_products->count(); ++row) {
        if (m_products->item(row)->checkState() == Qt::Checked)
            ids.push_back(m_products->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

std::optional<std::vector<std::int64_t>> ProductPickerDialog::ask(QSqlDatabase db, int users, QWidget *parent)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    ProductPickerDialog dialog(std::move(db), users, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

void ProductPickerDialog::setNextAnswer(std::optional<std::vector<std::int64_t>> answer)
{
    nextAnswer = std::move(answer);
}

} // namespace rollbook
