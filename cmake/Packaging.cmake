# Linux packages of the app, the CLI and rollbookd: cpack -G DEB / -G RPM in a build folder, or
# scripts/package.sh, which builds both and checks the .deb installs, runs and uninstalls.
# The Windows (WiX) and macOS (DragNDrop) recipes are in packaging/; they are not built here.
set(CPACK_PACKAGE_NAME rollbook)
set(CPACK_PACKAGE_VENDOR "Rollbook")
set(CPACK_PACKAGE_CONTACT "Rollbook maintainers <maintainers@rollbook.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Run an online school's accounts, tickets and exports")
set(CPACK_PACKAGE_DESCRIPTION
    "Rollbook is a desktop tool for the people who run an online school: administrators who manage \
user accounts, support agents who answer tickets, and staff who pull bulk CSV and XLSX exports. It \
works offline on a local file, or with a team through rollbookd, the Rollbook server on PostgreSQL, \
which this package also holds.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://rollbook.org")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Rollbook)
set(CPACK_STRIP_FILES ON)
# The project has published no licence yet: the packages say so rather than name one.
set(ROLLBOOK_PACKAGE_LICENSE "LicenseRef-All-rights-reserved")

# Debian: the shared libraries' packages come from dpkg-shlibdeps; Qt's plugins (SQL drivers, the
# platform and SVG icon plugins) are loaded at run time, so they are named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")

# RPM (Fedora's names): automatic requirements cover the shared libraries.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "${ROLLBOOK_PACKAGE_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtbase-postgresql, qt6-qtsvg")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages /usr/share/icons
    /usr/share/icons/hicolor)

if(WIN32)
    set(CPACK_GENERATOR WIX)
    # The upgrade code stays the same across versions: it is what lets an MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "7B0C7B52-3F3E-4E7D-9B6B-2B7E2F0C1A10")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/rollbook.ico")
    set(CPACK_PACKAGE_EXECUTABLES rollbook Rollbook)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Rollbook)
else()
    set(CPACK_GENERATOR DEB)
    find_program(RPMBUILD rpmbuild)
    if(RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()
include(CPack)
