#pragma once

#include <QDialog>

namespace rollbook {

/// Help > About: the version, the licence, and the libraries Rollbook runs on with their versions.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace rollbook
