import Foundation
import KumeGDAL
import Testing

@Suite("VectorDataset SQL and transactions")
struct SQLAndTransactionTests {
    /// A GeoPackage at `path` with layer "firms": five points with an integer field "employees" (10, 20, …, 50).
    static func firms(_ path: String) throws -> VectorDataset {
        let dataset = try VectorDataset.create(path, driver: .geoPackage)
        let layer = try dataset.createLayer(named: "firms", geometryType: .point, spatialReference: try .wgs84())
        try layer.createField(FieldDefinition(name: "employees", type: .integer))
        for index in 1...5 {
            try layer.add(values: [.integer(Int64(10 * index))], geometryWKB: HandWKB.point(29 + Double(index) / 8, 40))
        }
        return dataset
    }

    @Test("A query's rows come back as a result layer with typed fields")
    func query() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try Self.firms(folder.path("firms.gpkg"))
        let result = try #require(try dataset.executeSQL(
            "SELECT COUNT(*) AS n, SUM(employees) AS total FROM firms WHERE employees > 15"))
        #expect(result.isResultSet)
        #expect(try result.fields().map(\.name) == ["n", "total"])
        #expect(try result.nextFeature()?.values() == [.integer(4), .integer(140)])  // 20 + 30 + 40 + 50
        #expect(try result.nextFeature() == nil)
    }

    @Test("GDAL's SQLite dialect runs spatial SQL over a FlatGeobuf file")
    func sqliteDialect() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("areas.fgb")
        let dataset = try VectorDataset.create(path, driver: .flatGeobuf)
        let layer = try dataset.createLayer(named: "areas", geometryType: .polygon, spatialReference: try .wgs84())
        try layer.add(values: [], geometryWKB: HandWKB.polygon(squareRing(x: 29, y: 40, side: 0.5)))
        // A bow tie: its two triangles cross at (29.25, 40.25), which makes it invalid.
        try layer.add(values: [], geometryWKB: HandWKB.polygon([(29, 40), (29.5, 40.5), (29.5, 40), (29, 40.5), (29, 40)]))
        try dataset.close()

        let reopened = try VectorDataset.open(path, drivers: [.flatGeobuf])
        let result = try #require(try reopened.executeSQL(
            "SELECT SUM(ST_IsValid(geometry)) AS valid, COUNT(*) AS n FROM areas", dialect: .sqlite))
        #expect(try result.nextFeature()?.values() == [.integer(1), .integer(2)])
    }

    @Test("A statement without rows returns no layer; a bad statement throws the engine's message")
    func statementsAndErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try Self.firms(folder.path("firms.gpkg"))
        #expect(try dataset.executeSQL("CREATE INDEX firms_employees ON firms (employees)") == nil)
        do {
            _ = try dataset.executeSQL("SELECT * FROM missing_table")
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .failed)
            #expect(error.gdalMessage?.contains("no such table: missing_table") == true)
        }
    }

    @Test("A result layer still alive when the dataset closes is released first and then refuses calls")
    func resultOutlivesClose() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try Self.firms(folder.path("firms.gpkg"))
        let result = try #require(try dataset.executeSQL("SELECT employees FROM firms"))
        let first = try #require(try result.nextFeature())
        try dataset.close()
        #expect(throws: GDALError.self) { try result.nextFeature() }
        #expect(first.values() == [.integer(10)])
    }

    @Test("A rolled-back transaction leaves the layer as it was; a committed one keeps the feature")
    func rollbackAndCommit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("firms.gpkg")
        let dataset = try Self.firms(path)
        #expect(try dataset.supportsTransactions())
        let layer = try dataset.layer(named: "firms")

        try dataset.beginTransaction()
        try layer.add(values: [.integer(60)], geometryWKB: HandWKB.point(30, 40))
        try dataset.rollbackTransaction()
        #expect(try layer.featureCount() == 5)

        try dataset.inTransaction { try layer.add(values: [.integer(70)], geometryWKB: HandWKB.point(30, 40)) }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try dataset.inTransaction {
                try layer.add(values: [.integer(80)], geometryWKB: HandWKB.point(30, 40))
                throw Stop()
            }
        }
        try dataset.close()
        let reopened = try VectorDataset.open(path, drivers: [.geoPackage])
        let total = try #require(try reopened.executeSQL("SELECT COUNT(*), SUM(employees) FROM firms"))
        #expect(try total.nextFeature()?.values() == [.integer(6), .integer(220)])  // 150 + 70
    }

    @Test("A format without transactions says so when one is started")
    func noTransactions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try VectorDataset.create(folder.path("firms.fgb"), driver: .flatGeobuf)
        #expect(try !dataset.supportsTransactions())
        do {
            try dataset.beginTransaction()
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .unsupported)
            #expect(error.description.contains("the driver does not support GDALDatasetStartTransaction"))
        }
    }
}
