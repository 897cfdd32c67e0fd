@echo off
rem errorcatalog: the writers' command line on Windows (errorcatalog-cli.jar, beside this file).
rem Minimal: the JIT flag only, no class-data archive. Not run by CI (it runs on Linux); the errorcatalog
rem shell script beside it is the tested launcher.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 %ERRORCATALOG_JAVA_OPTS% -jar "%~dp0errorcatalog-cli.jar" %*
exit /b %ERRORLEVEL%
