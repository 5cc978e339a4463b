# Builds Rollbook-<version>-win64.msi with CPack's WiX generator.
#
# Not run by this project's CI (it builds Linux packages only). A maintainer runs it from a
# "Developer PowerShell for VS 2022" with:
#   - vcpkg (VCPKG_ROOT set) and the libraries of the README's Windows section installed for x64-windows;
#   - the WiX Toolset 3.14 (candle.exe and light.exe on PATH, or WIX set to its folder);
#   - CMake 3.25+ and Ninja.
# install(SCRIPT) runs windeployqt, so the MSI carries Qt's DLLs and plugins (SQL drivers, the
# Windows platform and style, the SVG icon engine) beside rollbook.exe; packaging/windows/rollbook.rc
# gives the executable its icon.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$build = Join-Path $root "build\msi"
cmake -S $root -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release `
    "-DCMAKE_TOOLCHAIN_FILE=$env:VCPKG_ROOT\scripts\buildsystems\vcpkg.cmake" `
    -DROLLBOOK_TESTS=OFF -DROLLBOOK_BENCHMARKS=OFF
cmake --build $build
Push-Location $build
cpack -G WIX
Pop-Location
Get-ChildItem "$build\*.msi"
