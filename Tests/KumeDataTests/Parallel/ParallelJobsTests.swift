import KumeData
import Testing

@Suite("ParallelJobs")
struct ParallelJobsTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test("Results come back in job order whatever the number of workers and however long each job takes",
          arguments: [1, 2, 3, 64])
    func order(workers: Int) async {
        let results = await ParallelJobs.map(count: 40, workers: workers) { index in
            // Later jobs finish first when they run at once.
            try? await Task.sleep(nanoseconds: UInt64((40 - index) * 100_000))
            return index * index
        }
        #expect(results == (0..<40).map { $0 * $0 })
    }

    @Test("Every job is reported finished once; no jobs, no results")
    func finished() async {
        final class Seen: @unchecked Sendable { var indices: [Int] = [] }
        let seen = Seen()
        _ = await ParallelJobs.map(count: 10, workers: 3, onFinished: { seen.indices.append($0) }) { $0 }
        #expect(seen.indices.sorted() == Array(0..<10))
        #expect(await ParallelJobs.map(count: 0, workers: 4) { $0 }.isEmpty)
    }

    @Test("The throwing variant returns results in order, or a job's error")
    func throwing() async throws {
        #expect(try await ParallelJobs.mapThrowing(count: 5, workers: 2) { $0 + 1 } == [1, 2, 3, 4, 5])
        await #expect(throws: Failure(index: 3)) {
            _ = try await ParallelJobs.mapThrowing(count: 5, workers: 1) { index in
                if index == 3 { throw Failure(index: 3) }
                return index
            }
        }
    }

    @Test("Ranges cover 0 ..< count in contiguous, non-empty, near-equal parts")
    func ranges() {
        #expect(ParallelJobs.ranges(count: 10, chunks: 3) == [0..<3, 3..<6, 6..<10])
        #expect(ParallelJobs.ranges(count: 2, chunks: 8) == [0..<1, 1..<2])
        #expect(ParallelJobs.ranges(count: 0, chunks: 4).isEmpty)
    }
}
