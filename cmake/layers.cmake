# Dependency direction. Every project target belongs to a layer, and a target may link
# (target_link_libraries, any visibility) only targets of its own layer or a lower one.
# Layers, lowest first:
#   core       the Qt-free engine: model, net, catalog, io, layout, rules
#   support    Qt resources and Qt-side helpers the upper layers share (icons, templates)
#   scene      the QtGui scene and painter shared by the canvas and the image exporters
#   exporters  the export and report formats
#   gui        cw_gui, the designer's C++ library (document, undo commands)
#   qml        the designer's QML modules
#   app        the executables (designer, CLI) and build tools
#   test       tests, benchmarks and fuzz targets: they may link anything
# A target takes the layer of the folder it is defined in (cloudwright_layer_folders, nearest
# folder wins); cloudwright_layer() gives one target its own. cloudwright_check_layers(), called
# at the end of the top-level CMakeLists.txt, fails the configuration on a link that points up
# and on a target with no layer.

set(CLOUDWRIGHT_LAYERS core support scene exporters gui qml app test)
set(_cw_layers_root ${CMAKE_CURRENT_SOURCE_DIR})

function(_cw_layer_rank layer out)
    list(FIND CLOUDWRIGHT_LAYERS "${layer}" rank)
    if(rank LESS 0)
        string(REPLACE ";" ", " known "${CLOUDWRIGHT_LAYERS}")
        message(FATAL_ERROR "unknown layer '${layer}' (layers: ${known})")
    endif()
    set(${out} ${rank} PARENT_SCOPE)
endfunction()

# cloudwright_layer(<layer> <target>...): the targets belong to <layer>, whatever their folder.
function(cloudwright_layer layer)
    _cw_layer_rank(${layer} rank)
    foreach(target IN LISTS ARGN)
        set_property(TARGET ${target} PROPERTY CLOUDWRIGHT_LAYER ${layer})
    endforeach()
endfunction()

# cloudwright_layer_folders(<layer> <folder>...): targets defined in these folders (relative to
# the top-level source folder) or below them belong to <layer>.
function(cloudwright_layer_folders layer)
    _cw_layer_rank(${layer} rank)
    foreach(folder IN LISTS ARGN)
        set_property(GLOBAL APPEND PROPERTY CLOUDWRIGHT_LAYER_FOLDERS "${folder}=${layer}")
    endforeach()
endfunction()

# Layer of a target (empty when it has none) and its folder, for messages.
function(_cw_layer_of target out_layer out_folder)
    get_target_property(dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH rel ${_cw_layers_root} ${dir})
    set(${out_folder} "${rel}" PARENT_SCOPE)
    get_target_property(layer ${target} CLOUDWRIGHT_LAYER)
    if(layer)
        set(${out_layer} ${layer} PARENT_SCOPE)
        return()
    endif()
    get_property(folders GLOBAL PROPERTY CLOUDWRIGHT_LAYER_FOLDERS)
    set(best "")
    set(best_len -1)
    foreach(entry IN LISTS folders)
        string(REGEX MATCH "^(.*)=([^=]*)$" _ "${entry}")
        set(folder "${CMAKE_MATCH_1}")
        string(LENGTH "${folder}" len)
        string(FIND "${rel}/" "${folder}/" at)
        if(at EQUAL 0 AND len GREATER best_len)
            set(best ${CMAKE_MATCH_2})
            set(best_len ${len})
        endif()
    endforeach()
    set(${out_layer} "${best}" PARENT_SCOPE)
endfunction()

# The project target a link item names, or empty (external or imported libraries, flags,
# generator expressions other than $<LINK_ONLY:...>, the ::@ scope markers CMake inserts when a
# directory links another directory's target).
function(_cw_link_target item out)
    set(${out} "" PARENT_SCOPE)
    if(item MATCHES "^\\$<LINK_ONLY:([^$<>]+)>$")
        set(item "${CMAKE_MATCH_1}")
    elseif(item MATCHES "\\$<" OR item MATCHES "^::@")
        return()
    endif()
    if(NOT TARGET "${item}")
        return()
    endif()
    get_target_property(aliased "${item}" ALIASED_TARGET)
    if(aliased)
        set(item ${aliased})
    endif()
    get_target_property(imported "${item}" IMPORTED)
    if(NOT imported)
        set(${out} "${item}" PARENT_SCOPE)
    endif()
endfunction()

function(_cw_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _cw_collect_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Fails the configuration, listing every target without a layer and every link that points up.
function(cloudwright_check_layers)
    _cw_collect_targets(${_cw_layers_root} targets)
    set(errors)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "UTILITY") # custom targets link nothing
            continue()
        endif()
        _cw_layer_of(${target} layer folder)
        if(NOT layer)
            list(APPEND errors "${target} (${folder}/) has no layer: add its folder with \
cloudwright_layer_folders() or call cloudwright_layer(<layer> ${target}) (cmake/layers.cmake)")
            continue()
        endif()
        _cw_layer_rank(${layer} rank)
        get_target_property(direct ${target} LINK_LIBRARIES)
        get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
        foreach(item IN LISTS direct interface)
            _cw_link_target("${item}" dep)
            if(NOT dep OR dep STREQUAL target)
                continue()
            endif()
            _cw_layer_of(${dep} dep_layer dep_folder)
            if(NOT dep_layer) # reported as a target of its own
                continue()
            endif()
            _cw_layer_rank(${dep_layer} dep_rank)
            if(dep_rank GREATER rank)
                list(APPEND errors "${target} (layer ${layer}, ${folder}/) links ${dep} \
(layer ${dep_layer}, ${dep_folder}/), a higher layer")
            endif()
        endforeach()
    endforeach()
    if(errors)
        list(REMOVE_DUPLICATES errors)
        string(REPLACE ";" " < " order "${CLOUDWRIGHT_LAYERS}")
        list(JOIN errors "\n  " text)
        message(FATAL_ERROR "Layer check failed: a target may link only targets of its own layer "
                            "or a lower one (${order}).\n  ${text}")
    endif()
endfunction()
