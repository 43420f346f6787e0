# A Debian package of what `cmake --install` puts in place (scripts/package makes and checks it).
# Dependencies are worked out from the binaries by dpkg-shlibdeps, never written by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sipdesk)
set(CPACK_PACKAGE_VENDOR "The SipDesk developers")
set(CPACK_PACKAGE_CONTACT "The SipDesk developers <sipdesk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "SipDesk lists, checks and edits Twilio SIP domains, credential lists and IP access control
lists, and SignalWire SIP endpoints, across many customer accounts kept as profiles whose secrets
live in the system keychain. It includes sipdesk-sandbox, an emulator of both services.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so no library dependency names them: the Qt platform plugins (without
# them no window opens), the SVG icon engine, and a Secret Service for the keychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
include(CPack)
