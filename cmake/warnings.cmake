# Warnings for every project target; third-party headers come in as SYSTEM.
function(cloudwright_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion
                                             -Wno-missing-field-initializers)
endfunction()
