import ArgumentParser
import Foundation
import Kume

/// `kume-bench relatedness`: times location quotients, proximity and ECI/PCI/density on a long table.
///
/// Prints `operation,n,seconds` lines (n = regions × sectors; seconds = median of `--repeat` runs), and with
/// `--write DIR` writes the results (`kume_eci.csv`, `kume_pci.csv`, `kume_proximity.csv`) so the benchmark
/// script can check they agree with the peer's.
struct Relatedness: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time location quotients, proximity and economic complexity on a region,sector,value table.")

    @Option(help: "A long table region,sector,value.")
    var matrix: String

    @Option(help: "How many times to run each operation (the median is printed).")
    var `repeat`: Int = 20

    @Option(help: "Write the ECI, PCI and proximity results into this folder.")
    var write: String?

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let text = try String(contentsOfFile: matrix, encoding: .utf8)
        let readStart = DispatchTime.now()
        let input = try RegionSectorTableReader.read(text: text, file: matrix).matrix
        let readSeconds = Self.seconds(since: readStart)
        let n = input.regionCount * input.sectorCount
        print("operation,n,seconds")
        print("read,\(n),\(readSeconds)")
        var sink = 0.0
        print("rca,\(n),\(Self.median(`repeat`) { sink += input.binaryLocationQuotients().values[0] })")
        print("proximity,\(n),\(Self.median(`repeat`) { sink += input.proximity().values[1] })")
        var complexity: EconomicComplexity?
        print("eci_pci_density,\(n),\(try Self.median(`repeat`) { complexity = try EconomicComplexity(input) })")
        if sink.isNaN { print("# unexpected NaN") }
        if let write, let complexity {
            let folder = URL(fileURLWithPath: write)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let eci = zip(complexity.regions, complexity.eci).map { "\($0),\($1)" }.joined(separator: "\n")
            let pci = zip(complexity.sectors, complexity.pci).map { "\($0),\($1)" }.joined(separator: "\n")
            try ("region,eci\n" + eci + "\n").write(to: folder.appendingPathComponent("kume_eci.csv"), atomically: true, encoding: .utf8)
            try ("sector,pci\n" + pci + "\n").write(to: folder.appendingPathComponent("kume_pci.csv"), atomically: true, encoding: .utf8)
            try input.proximity().csvText()
                .write(to: folder.appendingPathComponent("kume_proximity.csv"), atomically: true, encoding: .utf8)
        }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now()
            try body()
            times.append(seconds(since: start))
        }
        times.sort()
        return times[times.count / 2]
    }
}
