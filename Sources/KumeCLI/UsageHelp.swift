import ArgumentParser
import Foundation

/// Usage errors said better than the argument parser says them: an unknown command is named with the
/// commands there are (exit 2), and an unknown option gets the suggestion a person means (`--main` →
/// `--main-activity`, `--eps` → `--eps-km`) instead of the nearest by spelling alone (`--call`, `--crs`).
enum UsageHelp {
    /// The message for a first argument that is not a command, or `nil` when it is one (or an option).
    static func unknownCommand(_ arguments: [String], commands: [ParsableCommand.Type]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = commands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        var message = "Error: unknown command '\(first)'"
        if let nearest = suggestion(for: first, among: names) { message += ". Did you mean '\(nearest)'?" }
        return message + "\nThe commands are: \(names.dropLast().joined(separator: ", ")) (see 'kume --help')."
    }

    /// The parser's message with a better suggestion for an unknown option.
    static func improved(_ message: String, arguments: [String], commands: [ParsableCommand.Type]) -> String {
        guard let range = message.range(of: #"Unknown option '(--[^']+)'(\. Did you mean '[^']+'\?)?"#, options: .regularExpression)
        else { return message }
        let found = String(message[range])
        guard let typed = found.split(separator: "'").dropFirst().first.map(String.init) else { return message }
        let command = commands.first { arguments.contains($0._commandName) }
        let options = command.map(longOptions) ?? []
        var replacement = "Unknown option '\(typed)'"
        if let nearest = suggestion(for: typed, among: options) { replacement += ". Did you mean '\(nearest)'?" }
        return message.replacingCharacters(in: range, with: replacement)
    }

    /// The long option names (`--main-activity`) of a command, from its help description.
    static func longOptions(of command: ParsableCommand.Type) -> [String] {
        guard let data = command._dumpHelp().data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let info = root["command"] as? [String: Any],
              let arguments = info["arguments"] as? [[String: Any]] else { return [] }
        var names: [String] = []
        for argument in arguments where (argument["shouldDisplay"] as? Bool) ?? true {
            for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                if let text = name["name"] as? String { names.append("--" + text) }
            }
        }
        return names
    }

    /// The name a person most likely meant: one that starts with what was typed (`--main` →
    /// `--main-activity`), or whose first word it is (`--eps` → `--eps-km`), else the one within two edits
    /// (`--concavty` → `--concavity`); `nil` when none or several fit equally.
    static func suggestion(for typed: String, among names: [String]) -> String? {
        let prefixed = names.filter { $0.hasPrefix(typed) && $0 != typed }
        if prefixed.count == 1 { return prefixed[0] }
        let bare = typed.drop { $0 == "-" }
        let byWord = names.filter { name in
            name.drop { $0 == "-" }.split(separator: "-").contains { $0.hasPrefix(bare) && bare.count >= 2 }
        }
        if byWord.count == 1 { return byWord[0] }
        let distances = names.map { ($0, editDistance($0, typed)) }.filter { $0.1 <= 2 }
        guard let best = distances.min(by: { $0.1 < $1.1 }),
              distances.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
