# Shared CMake helpers. Included once from the top-level CMakeLists.txt.

# Compile options every target of ours gets. Warnings-as-errors come from the
# presets (SIPDESK_WERROR) so that a newer compiler cannot break a user's build.
function(sipdesk_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SIPDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# sipdesk_add_test(<name> <sources>... [LIBS <libraries>...])
#
# Registers one Qt Test executable with CTest. Tests run headless on the
# offscreen platform; tests that need a network talk to an in-process sandbox
# on 127.0.0.1 only.
function(sipdesk_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "TIMEOUT" "LIBS")
    qt_add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    sipdesk_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
