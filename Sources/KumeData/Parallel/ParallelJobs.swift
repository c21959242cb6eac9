/// Runs independent jobs on at most `workers` child tasks at a time and returns their results in job order,
/// so what is made of them never depends on scheduling or on how many workers ran. Every parallel step of
/// the domain (registry parsing, boundaries, place location, Kd, Ripley, M, detection, candidates,
/// portfolios) goes through it.
package enum ParallelJobs {
    /// The results of `job(0) … job(count − 1)`, in that order.
    /// - Parameters:
    ///   - count: How many jobs.
    ///   - workers: How many run at once (at least 1); with one, or one job, they run in the caller's task.
    ///   - onFinished: Called with a job's index as its result comes back (in completion order).
    ///   - job: One job, by index.
    package static func map<T: Sendable>(
        count: Int, workers: Int, onFinished: ((Int) -> Void)? = nil, _ job: @escaping @Sendable (Int) async -> T
    ) async -> [T] {
        guard count > 0 else { return [] }
        let width = min(count, max(1, workers))
        if width == 1 {
            var results: [T] = []
            results.reserveCapacity(count)
            for index in 0..<count {
                results.append(await job(index))
                onFinished?(index)
            }
            return results
        }
        var results = [T?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, T).self) { group in
            var next = 0
            while next < width {
                let index = next
                group.addTask { (index, await job(index)) }
                next += 1
            }
            while let (index, value) = await group.next() {
                results[index] = value
                onFinished?(index)
                if next < count {
                    let index = next
                    group.addTask { (index, await job(index)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    /// The results of `job(0) … job(count − 1)`, in that order, or the first error a job throws (the jobs
    /// not yet finished are then cancelled).
    /// - Parameters:
    ///   - count: How many jobs.
    ///   - workers: How many run at once (at least 1).
    ///   - job: One job, by index.
    package static func mapThrowing<T: Sendable>(
        count: Int, workers: Int, _ job: @escaping @Sendable (Int) async throws -> T
    ) async throws -> [T] {
        guard count > 0 else { return [] }
        let width = min(count, max(1, workers))
        var results = [T?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Int, T).self) { group in
            var next = 0
            while next < width {
                let index = next
                group.addTask { (index, try await job(index)) }
                next += 1
            }
            while let (index, value) = try await group.next() {
                results[index] = value
                if next < count {
                    let index = next
                    group.addTask { (index, try await job(index)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    /// Splits `0 ..< count` into at most `chunks` contiguous, non-empty ranges of near-equal length.
    package static func ranges(count: Int, chunks: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = max(1, min(chunks, count))
        return (0 ..< parts).map { part in
            (count * part / parts) ..< (count * (part + 1) / parts)
        }
    }
}
