/// Splits index ranges over a fixed number of tasks and returns their results in range order, so a
/// result never depends on scheduling or on how many workers ran.
enum ChunkedWork {
    /// Splits `0 ..< count` into at most `chunks` contiguous, non-empty ranges of near-equal length.
    static func ranges(count: Int, chunks: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = max(1, min(chunks, count))
        return (0 ..< parts).map { part in
            (count * part / parts) ..< (count * (part + 1) / parts)
        }
    }

    /// Runs `body` on each range with at most `workers` tasks of a task group (task `w` takes ranges
    /// `w`, `w + workers`, …) and returns the results in range order.
    static func map<Result: Sendable>(
        _ ranges: [Range<Int>], workers: Int, _ body: @escaping @Sendable (Range<Int>) -> Result
    ) async -> [Result] {
        let taskCount = min(max(1, workers), ranges.count)
        if taskCount <= 1 { return ranges.map(body) }
        return await withTaskGroup(of: [(Int, Result)].self) { group in
            for task in 0 ..< taskCount {
                group.addTask {
                    stride(from: task, to: ranges.count, by: taskCount).map { ($0, body(ranges[$0])) }
                }
            }
            var collected = [Result?](repeating: nil, count: ranges.count)
            for await results in group {
                for (position, result) in results { collected[position] = result }
            }
            return collected.compactMap { $0 }
        }
    }
}
