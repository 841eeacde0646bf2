# Sourced by bin/generate-desk and bin/restore: compiles FactDesk (without its frontend) and sets FACTDESK_CLASSPATH
# to its classes and dependencies, so that these commands run from a source checkout without building the jar.
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
FACTDESK_CLASSPATH="target/classes:$(cat target/classpath.txt)"
export FACTDESK_CLASSPATH
