# Sourced by bin/run and bin/test: finds a JDK 21+ and Maven 3.8+, or says what to install.

java_major() {
    # Prints the feature version of the java binary given, e.g. 17, 21, 25 (empty when it cannot tell).
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//' | head -n 1
}

find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        local v; v=$(java_major "$JAVA_HOME/bin/java")
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
        echo "FactDesk: JAVA_HOME points to Java $v; looking for a JDK 21 or newer instead." >&2
    fi
    local best="" best_v=0 candidate v
    local on_path; on_path=$(command -v javac 2>/dev/null || true)
    for candidate in ${on_path:+"$(dirname "$(dirname "$(readlink -f "$on_path")")")"} \
            /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -x "$candidate/bin/javac" ] || continue
        v=$(java_major "$candidate/bin/java")
        if [ -n "$v" ] && [ "$v" -gt "$best_v" ]; then best="$candidate"; best_v="$v"; fi
    done
    if [ "$best_v" -lt 21 ]; then
        echo "FactDesk needs a JDK 21 or newer (found ${best_v/#0/none})." >&2
        echo "Install one (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
        exit 1
    fi
    export JAVA_HOME="$best"
}

find_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "FactDesk needs Apache Maven 3.8 or newer on the PATH (for example: apt-get install maven)." >&2
        exit 1
    fi
    local v; v=$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9]*\)\.\([0-9]*\).*/\1 \2/p' | head -n 1)
    set -- $v
    if [ -z "${1:-}" ] || [ "$1" -lt 3 ] || { [ "$1" -eq 3 ] && [ "$2" -lt 8 ]; }; then
        echo "FactDesk needs Apache Maven 3.8 or newer; found: ${1:-?}.${2:-?}." >&2
        exit 1
    fi
}

find_jdk
find_maven
export PATH="$JAVA_HOME/bin:$PATH"
echo "FactDesk: using Java in $JAVA_HOME" >&2
