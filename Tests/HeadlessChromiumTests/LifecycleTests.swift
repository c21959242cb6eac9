#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import HeadlessChromium
import Testing

extension BrowserTests {
    @Suite("HeadlessChromium launch and shutdown")
    struct LifecycleTests {
        /// Whether no living process is left in the process group that the browser led. Zombies do not count:
        /// helpers that outlive the browser for a moment are re-parented to init, which reaps them in its own time.
        static func groupIsGone(_ group: Int32) -> Bool {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            return !entries.contains { entry in
                guard Int32(entry) != nil,
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { return false }
                // After "pid (name) ": state, ppid, pgrp, …
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                return fields.count > 2 && fields[0] != "Z" && Int32(fields[2]) == group
            }
        }

        /// Waits up to `seconds` for `condition`.
        static func eventually(seconds: Double, _ condition: () -> Bool) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            while !condition() {
                if Date() >= deadline { return false }
                usleep(50_000)
            }
            return true
        }

        @Test("close() ends the browser and every helper process it started")
        func closeEndsEverything() throws {
            let browser = try HeadlessChromium()
            let pages = try TestPages()
            defer { pages.remove() }
            _ = try browser.open(try pages.page("p", body: "<p>x</p>"))
            let group = browser.processIdentifier
            #expect(browser.isRunning)
            #expect(!Self.groupIsGone(group))
            #expect(browser.product.hasPrefix("Chrome/") || browser.product.hasPrefix("HeadlessChrome/"))
            // The browser, its helpers (renderer, GPU, network, zygotes) and its crash handlers, which run in
            // sessions of their own: every one names the throwaway folder.
            let started = browser.processesNamingFolder()
            #expect(started.contains(group))
            #expect(started.count >= 3, "\(started)")
            browser.close()
            #expect(!browser.isRunning)
            #expect(Self.eventually(seconds: 5) { Self.groupIsGone(group) })
            #expect(browser.processesNamingFolder().isEmpty, "\(started) outlived close()")
            browser.close()  // a second close is harmless
        }

        @Test("The browser's home and XDG folders are inside its throwaway folder, so it writes nothing elsewhere")
        func throwawayHome() throws {
            let home = URL(fileURLWithPath: "/tmp/kume-chromium-x", isDirectory: true)
            let environment = HeadlessChromium.environment(home: home)
            #expect(environment["HOME"] == "/tmp/kume-chromium-x")
            for name in ["XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"] {
                #expect(environment[name]?.hasPrefix("/tmp/kume-chromium-x/") == true, "\(name)")
            }
            #expect(environment["PATH"] == ProcessInfo.processInfo.environment["PATH"])
        }

        @Test("When the test process dies, its end of the pipe closes and the browser exits by itself")
        func pipeClosedEndsBrowser() throws {
            let browser = try HeadlessChromium()
            defer { browser.close() }
            let group = browser.processIdentifier
            // What the kernel does to a dead process's descriptors: Chromium reads end of file on its descriptor 3.
            browser.connection.closeOutput()
            #expect(Self.eventually(seconds: 10) { !browser.isRunning })
            #expect(Self.eventually(seconds: 5) { Self.groupIsGone(group) })
            // The crash handlers, in sessions of their own, end with the browser too.
            #expect(Self.eventually(seconds: 5) { browser.processesNamingFolder().isEmpty })
        }

        @Test("A step that does not finish in time fails with a timeout, and the browser still closes")
        func timeout() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("slow", body: "<p>x</p>")
            var group: Int32 = 0
            try HeadlessChromium.withBrowser { browser in
                group = browser.processIdentifier
                let page = try browser.open(file)
                let started = Date()
                let error = #expect(throws: BrowserError.self) {
                    try page.evaluate("new Promise(() => {})", timeoutSeconds: 1)
                }
                #expect(error?.description.contains("within 1.0 s") == true, "\(String(describing: error))")
                #expect(Date().timeIntervalSince(started) < 15, "not the default 30 s")
                #expect(try page.evaluate("1 + 1") == 2, "the page still answers after a timeout")
            }
            #expect(Self.eventually(seconds: 5) { Self.groupIsGone(group) })
        }

        @Test("A browser that is not there is named, with what to install")
        func missingExecutable() {
            var options = HeadlessChromium.Options()
            options.executable = URL(fileURLWithPath: "/nonexistent/chromium")
            let error = #expect(throws: BrowserError.self) { try HeadlessChromium(options: options) }
            #expect(error?.description.contains("/nonexistent/chromium") == true)
        }

        @Test("The browser is launched without network: a dead proxy for every host, loopback included")
        func commandLine() {
            let profile = URL(fileURLWithPath: "/tmp/profile")
            let asUser = HeadlessChromium.arguments(profile: profile, options: .init(), runningAsRoot: false)
            #expect(asUser.contains("--proxy-server=http://127.0.0.1:9"))
            #expect(asUser.contains("--proxy-bypass-list=<-loopback>"))
            #expect(asUser.contains("--user-data-dir=/tmp/profile"))
            #expect(!asUser.contains("--no-sandbox"))
            let asRoot = HeadlessChromium.arguments(profile: profile, options: .init(), runningAsRoot: true)
            #expect(asRoot.contains("--no-sandbox"))
        }
    }
}
