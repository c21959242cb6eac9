import Testing

/// Every suite that launches Chromium, run one test at a time: each test starts its own browser, and several at
/// once would only compete for the cores.
@Suite("Headless Chromium", .serialized)
enum BrowserTests {}
