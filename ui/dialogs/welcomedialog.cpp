#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rollbook {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_users(new QSpinBox(this))
{
    setWindowTitle(tr("Welcome to Rollbook"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *intro = new QLabel(tr("<h2>Welcome to Rollbook</h2>"
                                "<p>Rollbook keeps your school's users in a database file on this computer.</p>"
                                "<p>Start with a demo school to look around, or open an existing database.</p>"),
                             this);
    intro->setWordWrap(true);
    m_users->setRange(100, 5'000'000);
    m_users->setSingleStep(10'000);
    m_users->setValue(100'000);
    m_users->setGroupSeparatorShown(true);
    m_users->setObjectName(QStringLiteral("demoUsers"));
    m_users->setAccessibleName(tr("Number of users"));
    auto *demo = new QPushButton(tr("Create a &demo school"), this);
    demo->setObjectName(QStringLiteral("createDemo"));
    demo->setDefault(true);
    auto *open = new QPushButton(tr("&Open a database…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));

    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(demo);
    demoRow->addWidget(new QLabel(tr("with"), this));
    demoRow->addWidget(m_users);
    demoRow->addWidget(new QLabel(tr("users"), this));
    demoRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(demoRow);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::CreateDemo;
        accept();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenFile;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 WelcomeDialog::demoUsers() const
{
    return m_users->value();
}

} // namespace rollbook
