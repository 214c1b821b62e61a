# One INTERFACE target carries the language level, warnings and Qt defines for every
# target of the project; nothing is set globally (no add_definitions, no include_directories).

add_library(assistdesk_options INTERFACE)

target_compile_features(assistdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(assistdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(assistdesk_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    )
    if(ASSISTDESK_WERROR)
        target_compile_options(assistdesk_options INTERFACE -Werror)
    endif()
    if(ASSISTDESK_ASAN)
        target_compile_options(assistdesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(assistdesk_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(assistdesk_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(ASSISTDESK_WERROR)
        target_compile_options(assistdesk_options INTERFACE /WX)
    endif()
endif()
