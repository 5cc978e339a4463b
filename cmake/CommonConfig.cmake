# One INTERFACE target that carries the warnings and Qt safety defines for every Rollbook target.
add_library(rollbook_common INTERFACE)
target_compile_definitions(rollbook_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    target_compile_options(rollbook_common INTERFACE /W4 /permissive- /utf-8)
    if(ROLLBOOK_WERROR)
        target_compile_options(rollbook_common INTERFACE /WX)
    endif()
else()
    target_compile_options(rollbook_common INTERFACE -Wall -Wextra -pedantic)
    if(ROLLBOOK_WERROR)
        target_compile_options(rollbook_common INTERFACE -Werror)
    endif()
endif()
if(ROLLBOOK_SANITIZERS AND NOT MSVC)
    # Undefined behaviour stops the program, so that a test meeting it fails.
    target_compile_options(rollbook_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                           -fno-omit-frame-pointer)
    target_link_options(rollbook_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
if(ROLLBOOK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ROLLBOOK_FUZZ needs clang (libFuzzer): configure with the asan or fuzz preset")
    endif()
    # Coverage for libFuzzer in every Rollbook library; only the fuzz targets link libFuzzer itself.
    target_compile_options(rollbook_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
