#include "aboutdialog.h"

#include "buildinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <poppler-version.h>
#include <qt6keychain/keychain.h>

namespace rollbook {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rollbook"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>Rollbook %1</h2>"
                                "<p>The user directory of your school: accounts, tickets, messages and exports, "
                                "on this computer or with your team through a Rollbook server.</p>")
                                 .arg(BuildInfo::version().toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    auto *licence = new QLabel(BuildInfo::licence(), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    auto *builtOn = new QLabel(tr("&Built on:"), this);
    auto *libraries = new QTreeWidget(this);
    libraries->setObjectName(QStringLiteral("aboutLibraries"));
    libraries->setAccessibleName(tr("Libraries and their versions"));
    libraries->setRootIsDecorated(false);
    libraries->setHeaderLabels({tr("Library"), tr("Version")});
    libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    builtOn->setBuddy(libraries);
    QList<BuildInfo::Component> components = BuildInfo::components();
    components.append({QStringLiteral("QtKeychain"), QStringLiteral(ROLLBOOK_KEYCHAIN_VERSION)});
    components.append({QStringLiteral("Poppler"), QStringLiteral(POPPLER_VERSION)});
    for (const BuildInfo::Component &component : std::as_const(components))
        libraries->addTopLevelItem(new QTreeWidgetItem({component.name, component.version}));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(licence);
    layout->addWidget(builtOn);
    layout->addWidget(libraries, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace rollbook
