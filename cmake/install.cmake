# install.cmake - what `make install` (cmake --install) puts where, under
# CMAKE_INSTALL_PREFIX (and DESTDIR):
#   bin/newsgraph                          the command
#   lib/libnewsgraph.a, libnewsgraph.so.*  the library, static and shared
#   include/newsgraph.h                    its public header
#   lib/pkgconfig/newsgraph.pc             for pkg-config
#   share/newsgraph/ontology, queries      the data and the canned queries
#   share/man/man1/newsgraph.1, man5/newsgraph-rules.5
#   share/bash-completion/completions/newsgraph
# The command finds share/newsgraph/ontology relative to itself
# (src/datadir.c): nothing here compiles a path into it.
include(GNUInstallDirs)

option(NG_SHARED_LIBRARY "Also build libnewsgraph as a shared library" ON)

# The shared library is built from the static one's sources (read after
# they are all listed), so a module added there is in both.
if(NG_SHARED_LIBRARY)
  get_target_property(NG_LIB_SOURCES newsgraph SOURCES)
  add_library(newsgraph_shared SHARED ${NG_LIB_SOURCES})
  set_target_properties(newsgraph_shared PROPERTIES
    OUTPUT_NAME newsgraph
    VERSION ${PROJECT_VERSION}
    SOVERSION ${PROJECT_VERSION_MAJOR})
  target_include_directories(newsgraph_shared
    PUBLIC $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>
    PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/src/rules)
  target_link_libraries(newsgraph_shared PRIVATE PkgConfig::REDLAND PkgConfig::UTF8PROC)
  install(TARGETS newsgraph_shared
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()

# The built command finds the checkout's ontology/ through this link beside
# it; an installed one looks in ../share/newsgraph instead.
file(CREATE_LINK ${CMAKE_SOURCE_DIR}/ontology ${CMAKE_BINARY_DIR}/newsgraph-data SYMBOLIC)

install(TARGETS newsgraph_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS newsgraph ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${CMAKE_SOURCE_DIR}/include/newsgraph.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

configure_file(${CMAKE_SOURCE_DIR}/cmake/newsgraph.pc.in ${CMAKE_BINARY_DIR}/newsgraph.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/newsgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(DIRECTORY ${CMAKE_SOURCE_DIR}/ontology/ DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/ontology)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/queries/ DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/queries)

install(FILES ${CMAKE_SOURCE_DIR}/man/newsgraph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/man/newsgraph-rules.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES ${CMAKE_SOURCE_DIR}/completions/newsgraph
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
