# Sourced by ./truce, .ci/run and the README's test command: sets JAVA_HOME to a JDK of version 21 or newer.
# Looks at JAVA_HOME first, then the JDKs under /usr/lib/jvm (newest first), then the java on PATH.

truce_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

truce_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -Vr) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(truce_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if TRUCE_JDK=$(truce_find_jdk); then
  export JAVA_HOME="$TRUCE_JDK"
  export PATH="$JAVA_HOME/bin:$PATH"
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
else
  echo "truce: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and PATH)." >&2
  echo "truce: install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
