// Gradle mirror of the Maven reactor (pom.xml is the verified build; Gradle is not run in CI).
// BuildFilesConsistencyTest (ike-testvectors) fails when this file and the poms disagree.
rootProject.name = "ike4j"

include("ike-crypto")
include("ike-core")
include("ike-testvectors")
include("ike-cli")
include("ike-junit")
include("ike-bench") // Maven: profile "bench"
