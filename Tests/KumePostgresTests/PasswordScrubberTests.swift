import KumePostgres
import Testing

@Suite("PasswordScrubber")
struct PasswordScrubberTests {
    @Test("The password of a key=value conninfo, quoted with escapes or not, becomes ***",
          arguments: [
              ("host=db password=plainSecret dbname=kume", "plainSecret"),
              ("host=db password = 'with space\\'s' dbname=kume", "with space's"),
              ("host=db PASSWORD=Upper9999", "Upper9999"),
          ])
    func keywordPassword(conninfo: String, secret: String) {
        let scrubber = PasswordScrubber(conninfo: conninfo, environment: [:])
        #expect(scrubber.scrub("failed near \(secret) here") == "failed near *** here")
        #expect(!scrubber.scrub(conninfo).contains(secret))
    }

    @Test("A URI's user:password@ and ?password= are scrubbed raw and percent-decoded")
    func uriPasswords() {
        let scrubber = PasswordScrubber(
            conninfo: "postgresql://kume:p%40ss%2Fword@host/db?password=second-one", environment: [:])
        #expect(scrubber.scrub("x p%40ss%2Fword y p@ss/word z second-one") == "x *** y *** z ***")
    }

    @Test("PGPASSWORD is scrubbed too")
    func environmentPassword() {
        let scrubber = PasswordScrubber(conninfo: "host=db", environment: ["PGPASSWORD": "fromEnvironment"])
        #expect(scrubber.scrub("fromEnvironment leaked") == "*** leaked")
    }

    @Test("A password shorter than four characters is scrubbed only where it stands as a word")
    func shortPassword() {
        let scrubber = PasswordScrubber(conninfo: "password=ab", environment: [:])
        #expect(scrubber.scrub("table ab: about tabs (ab)") == "table ***: about tabs (***)")
    }

    @Test("Without a password, text is unchanged")
    func noPassword() {
        let scrubber = PasswordScrubber(conninfo: "host=db dbname=kume", environment: [:])
        #expect(scrubber.scrub("host=db dbname=kume") == "host=db dbname=kume")
    }
}
