# Debian packages, made by `cmake --build <build> --target package` (CPack, DEB generator):
#   compliance-console  the desktop console, its .desktop file, AppStream metainfo and icons
#   compliance-stored   the store server, compliancectl, the systemd unit and the man pages
# Everything a package holds is installed with COMPONENT console or server; nothing else (the
# tests, the benchmarks) is packaged. The files under packaging/debian are Debian's own
# (copyright, changelog, maintainer scripts, the unit).

# The release these packages are: the changelog's newest entry and the metainfo's <release>.
set(COMPLIANCE_RELEASE_DATE "2026-12-06")
set(COMPLIANCE_RELEASE_DATE_RFC2822 "Sun, 06 Dec 2026 12:00:00 +0000")
set(COMPLIANCE_MAINTAINER "Compliance Console maintainers <maintainers@users.noreply.r-seed-ec4d086d.example>")

set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging/debian)
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)
include(GNUInstallDirs)

# Files dpkg takes as they are, compressed reproducibly (-n: no name, no time stamp).
function(compliance_gzip target input output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9nc ${input} > ${output}
        DEPENDS ${input}
        COMMENT "Compressing ${output}"
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()

add_custom_target(package_files ALL)
configure_file(${packaging_dir}/changelog.in ${packaging_out}/changelog @ONLY)
compliance_gzip(package_files ${packaging_out}/changelog ${packaging_out}/changelog.gz)

# Each package's /usr/share/doc: the machine-readable copyright file and the changelog.
foreach(pair IN ITEMS "console;compliance-console" "server;compliance-stored")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES ${packaging_dir}/copyright ${packaging_out}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

# The manual pages, gzipped as Debian keeps them.
foreach(page IN ITEMS compliancectl.1:server compliance-stored.8:server compliance-console.1:console)
    string(REPLACE ":" ";" page ${page})
    list(GET page 0 name)
    list(GET page 1 component)
    if(component STREQUAL "console" AND NOT COMPLIANCE_WITH_CONSOLE)
        continue()
    endif()
    string(REGEX REPLACE ".*\\.([0-9])$" "\\1" section ${name})
    compliance_gzip(package_files ${PROJECT_SOURCE_DIR}/docs/man/${name} ${packaging_out}/${name}.gz)
    install(FILES ${packaging_out}/${name}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section}
            COMPONENT ${component})
endforeach()

# The server's service: the unit, and the system user its maintainer scripts create.
install(FILES ${packaging_dir}/compliance-stored.service
        DESTINATION /lib/systemd/system COMPONENT server)

if(COMPLIANCE_WITH_CONSOLE)
    # The icon in every hicolor size, rendered from the one SVG at build time.
    find_program(RSVG_CONVERT rsvg-convert)
    if(NOT RSVG_CONVERT)
        message(FATAL_ERROR "rsvg-convert renders the console's icons: install librsvg2-bin "
                            "(./dev installs it), or configure with -DCOMPLIANCE_WITH_CONSOLE=OFF")
    endif()
    set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/compliance-console.svg)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        set(png ${packaging_out}/icons/${size}x${size}/compliance-console.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                    --output ${png} ${icon_svg}
            DEPENDS ${icon_svg}
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        target_sources(package_files PRIVATE ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                COMPONENT console)
    endforeach()
    configure_file(${PROJECT_SOURCE_DIR}/resources/compliance-console.metainfo.xml
                   ${packaging_out}/compliance-console.metainfo.xml @ONLY)
    install(FILES ${packaging_out}/compliance-console.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
endif()

set(CPACK_PACKAGE_NAME compliance-console)
set(CPACK_PACKAGE_VENDOR "Compliance Console maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${COMPLIANCE_MAINTAINER})
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(COMPLIANCE_WITH_CONSOLE)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()

# The unit lives in /lib/systemd/system, where Debian 12 (before the /usr merge completes)
# keeps them; that is the one absolute destination.
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${COMPLIANCE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE compliance-console)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Depends: what dpkg-shlibdeps finds in the binaries, plus what Qt loads at run time as plugins
# or data, which no ELF header names.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME compliance-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION utils)
# The platform plugins beyond xcb, and the SVG icon engine the console's icons are drawn with.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-wayland")
# --demo starts the store server found next to the console.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "compliance-stored")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
"desktop console for running a data protection policy
The Compliance Console lets a company that handles Amazon Marketplace
(SP-API) data run its data protection policy and show evidence for every
clause: access to Amazon data only through approved, time-bound requests,
mandatory two-factor sign-in, quarterly access reviews, asset reviews,
incidents with executive notifications, PII retention and a tamper-evident
audit log.

This package holds the desktop console. It talks only to a store server
(package compliance-stored) over HTTPS and pins its certificate; it never
opens the database and never holds key material.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME compliance-stored)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION admin)
# The SQL drivers (SQLite, PostgreSQL), cracklib's dictionary, which the password rules read,
# a font for the evidence pack's PDF (drawn on Qt's offscreen platform, which libqt6gui6
# holds), and the unit's needs: adduser (postinst) and kill (procps, ExecReload).
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, cracklib-runtime, fonts-dejavu-core, adduser, procps")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
"HTTPS store server and admin tool of the Compliance Console
The store server holds a Compliance Console store: accounts, access
requests and grants, assets, incidents, encrypted Amazon order PII and the
hash-chained audit log, in SQLite or PostgreSQL. It is the only process
that holds the master key; it speaks HTTPS only, checks the permission of
every request and audits it.

This package holds the server compliance-stored, run as a hardened
systemd service under its own system user, and compliancectl, the
administrator's command-line tool.")

set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${packaging_dir}/compliance-stored/postinst ${packaging_dir}/compliance-stored/prerm
    ${packaging_dir}/compliance-stored/postrm)

include(CPack)
