@echo off
rem netzwerk, das tragbare Programm: Node.js (node\node.exe) und das Programm liegen in diesem
rem Ordner; nichts wird installiert. Aufruf: netzwerk.cmd validate P:\Netzwerk (LIESMICH.txt).
setlocal
"%~dp0node\node.exe" "%~dp0bin\netzwerk.cjs" %*
exit /b %ERRORLEVEL%
