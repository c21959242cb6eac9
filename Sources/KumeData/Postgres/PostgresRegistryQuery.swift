import KumePostgres

/// How a registry is read from a PostgreSQL source: the `COPY` that streams it as CSV with the registry's columns,
/// and the CRS of its points.
///
/// Every column of the table (or query) goes through under its own name, so the column aliases of files apply
/// (`firma_adi`, `nace_kodu`, …). A PostGIS geometry column (the one `tables=firms(geom)` names, else the first)
/// becomes `lon`, `lat` when its SRID is 4326, else `x`, `y` with the SRID's CRS, which PROJ (through ``KumeGeo``)
/// converts to longitude, latitude; the table's own latitude/longitude/x/y columns are then left out. Numbers
/// travel as PostgreSQL prints them (`float8` shortest round-trip), so a registry loaded from a CSV reads back
/// bit for bit.
struct PostgresRegistryQuery {
    /// The `COPY (SELECT …) TO STDOUT (FORMAT csv, HEADER true)` statement.
    let copySQL: String
    /// The FROM item: the quoted table, or the query in parentheses.
    let relation: String
    /// The quoted id column, when one of the columns is an id (to name rows in errors).
    let idColumn: String?
    /// The header names in output order (to name columns in errors).
    let header: [String]
    /// The CRS of `x`, `y` (`EPSG:32635`), or nil for longitude, latitude.
    let crs: String?

    /// Plans the reading of `source` on `connection` (inside the reading transaction).
    ///
    /// - Throws: ``InputError`` naming the source for a missing table or column, a geometry without SRID, with
    ///   several SRIDs or holding other than points; ``PostgresError`` for other server failures.
    /// - Parameter longitudeLatitude: Whether points in another SRID are transformed to longitude, latitude on the
    ///   server (PostGIS's `ST_Transform`, PROJ too) instead of coming back as `x`, `y` (rosters take no CRS).
    static func plan(_ source: PostgresTableSource, longitudeLatitude: Bool = false,
                     on connection: PostgresConnection) throws -> PostgresRegistryQuery {
        let name = source.displayName
        let relation: String
        if let table = source.table {
            relation = try connection.quoteQualifiedName(schema: source.schema, name: table)
        } else {
            relation = "(" + (source.sql ?? "") + ")"
        }
        let described: PostgresResult
        do {
            described = try connection.execute("SELECT * FROM \(relation) AS q LIMIT 0")
        } catch let error as PostgresError where error.sqlState == "42P01" {
            throw PostgresTableSource.error(name, "the table does not exist (\(error.message))",
                                            "check tables= (schema-qualify it as schema.table) and the database")
        } catch let error as PostgresError where source.sql != nil {
            throw PostgresTableSource.error(name, "\(Setting.sql.words) fails: \(error.message)",
                                            error.hint ?? "run it in psql to check it")
        }
        let geometryOID = try connection.geometryTypeOID()
        let geometryColumns = described.columns.filter { geometryOID != 0 && $0.typeOID == geometryOID }.map(\.name)
        var geometry: String?
        if let wanted = source.geometryColumn {
            guard geometryColumns.contains(wanted) else {
                throw PostgresTableSource.error(name, "'\(wanted)' is not a geometry column of the table",
                                                "name one of: \(geometryColumns.joined(separator: ", ")), or leave it out")
            }
            geometry = wanted
        } else {
            geometry = geometryColumns.first
        }
        let coordinateColumns: Set<MemberColumn> = [.latitude, .longitude, .x, .y]
        var select: [String] = []
        var header: [String] = []
        var idColumn: String?
        for column in described.columns where !geometryColumns.contains(column.name) {
            let member = MemberColumn(header: column.name)
            if geometry != nil, let member, coordinateColumns.contains(member) { continue }
            let quoted = try connection.quoteIdentifier(column.name)
            if member == .id, idColumn == nil { idColumn = "q." + quoted }
            select.append("q." + quoted)
            header.append(column.name)
        }
        var crs: String?
        if let geometry {
            let quoted = "q." + (try connection.quoteIdentifier(geometry))
            // A table's typed column (geometry(Point, 4326)) says its type and SRID; otherwise the rows are asked.
            let declared = source.table == nil ? nil : try declaredType(of: geometry, in: relation, on: connection)
            if declared?.type.lowercased() != "point" {
                try checkPoints(quoted, relation: relation, idColumn: idColumn, geometryName: geometry, name: name, on: connection)
            }
            let srid = try declared.flatMap { $0.srid > 0 ? $0.srid : nil }
                ?? singleSRID(quoted, relation: relation, geometryName: geometry, name: name, on: connection)
            if srid == 4326 {
                select += ["ST_X(\(quoted)) AS lon", "ST_Y(\(quoted)) AS lat"]
                header += ["lon", "lat"]
            } else if longitudeLatitude {
                _ = try authority(of: srid, geometryName: geometry, name: name, on: connection)
                let transformed = "ST_Transform(\(quoted), 4326)"
                select += ["ST_X(\(transformed)) AS lon", "ST_Y(\(transformed)) AS lat"]
                header += ["lon", "lat"]
            } else {
                select += ["ST_X(\(quoted)) AS x", "ST_Y(\(quoted)) AS y"]
                header += ["x", "y"]
                crs = try authority(of: srid, geometryName: geometry, name: name, on: connection)
            }
        }
        let list = select.joined(separator: ", ")
        return PostgresRegistryQuery(
            copySQL: "COPY (SELECT \(list) FROM \(relation) AS q) TO STDOUT (FORMAT csv, HEADER true)",
            relation: relation, idColumn: idColumn, header: header, crs: crs)
    }

    /// The ids of `rows` of the COPY (1 = the first row), looked up again in the same snapshot to name rows in
    /// errors; empty without an id column.
    func keys(ofRows rows: [Int], on connection: PostgresConnection) throws -> [Int: String] {
        guard !rows.isEmpty, let idColumn else { return [:] }
        let found = try connection.execute(
            """
            SELECT n, key FROM (SELECT row_number() OVER () AS n, \(idColumn)::text AS key
            FROM \(relation) AS q) AS numbered WHERE n = ANY($1::bigint[])
            """, [.text("{" + rows.map(String.init).joined(separator: ",") + "}")])
        return Dictionary(found.rows.compactMap { row -> (Int, String)? in
            guard case .int(let number) = row[0], let key = row[1].string else { return nil }
            return (Int(number), key)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The reader's issues with each row's number, id and column name instead of the CSV's physical line.
    static func named(_ error: InputError, lines: CSVRowLines, keys: [Int: String], header: [String]) -> InputError {
        InputError(issues: error.issues.map { issue in
            guard let row = lines.row(ofLine: issue.line) else { return issue }
            var issue = issue
            let key = keys[row].map { "id \($0)" } ?? "row \(row)"
            let column = issue.column >= 1 && issue.column <= header.count ? ", column \(header[issue.column - 1])" : ""
            issue.problem = "\(key)\(column): " + issue.problem
            issue.line = row
            return issue
        }, omitted: error.omitted)
    }

    /// The type and SRID a table's geometry column declares (`geometry(Point, 4326)`), from its type modifier;
    /// SRID 0 and type `Geometry` when it declares none.
    static func declaredType(of column: String, in relation: String,
                             on connection: PostgresConnection) throws -> (type: String, srid: Int64)? {
        let found = try connection.execute(
            """
            SELECT postgis_typmod_type(atttypmod), postgis_typmod_srid(atttypmod) FROM pg_attribute
            WHERE attrelid = $1::regclass AND attname = $2 AND atttypmod >= 0
            """, [.text(relation), .text(column)])
        guard found.rowCount == 1, let type = found[0, 0].string, case .int(let srid) = found[0, 1] else { return nil }
        return (type, srid)
    }

    /// Refuses a geometry column holding other than points, naming the first rows that do.
    static func checkPoints(_ geometry: String, relation: String, idColumn: String?, geometryName: String, name: String,
                            on connection: PostgresConnection) throws {
        let key = idColumn ?? "NULL::text"
        let found = try connection.execute(
            """
            SELECT \(key)::text, GeometryType(\(geometry)) FROM \(relation) AS q
            WHERE \(geometry) IS NOT NULL AND GeometryType(\(geometry)) <> 'POINT' LIMIT 5
            """)
        guard found.rowCount > 0 else { return }
        let issues = found.rows.map { row in
            InputIssue(file: name, line: 0, column: 0,
                       problem: "row \(row[0].string.map { "id \($0)" } ?? "without id"), column \(geometryName): "
                           + "a \(row[1].string ?? "geometry"), not a point",
                       remedy: "store points, or read them with \(Setting.sql.words) \"SELECT …, ST_PointOnSurface(\(geometryName)) …\"")
        }
        throw InputError(issues: issues)
    }

    /// The one SRID of the column's non-NULL geometries (the column's declared SRID when it has one).
    static func singleSRID(_ geometry: String, relation: String, geometryName: String, name: String,
                           on connection: PostgresConnection) throws -> Int64 {
        let found = try connection.execute(
            "SELECT DISTINCT ST_SRID(\(geometry)) FROM \(relation) AS q WHERE \(geometry) IS NOT NULL LIMIT 2")
        let srids = found.rows.compactMap { row -> Int64? in
            if case .int(let value) = row[0] { return value }
            return nil
        }
        guard srids.count <= 1 else {
            throw PostgresTableSource.error(name, "column \(geometryName) mixes SRIDs \(srids.map(String.init).joined(separator: " and "))",
                                            "transform them to one (ST_Transform) in \(Setting.sql.words)")
        }
        guard let srid = srids.first else { return 4326 }
        guard srid > 0 else {
            throw PostgresTableSource.error(name, "column \(geometryName) has no SRID (0)",
                                            "set it: UPDATE … SET \(geometryName) = ST_SetSRID(\(geometryName), 4326) (or the right code)")
        }
        return srid
    }

    /// The CRS of an SRID from `spatial_ref_sys`: `EPSG:CODE`, or the CRS's WKT for another authority.
    static func authority(of srid: Int64, geometryName: String, name: String,
                          on connection: PostgresConnection) throws -> String {
        let found = try connection.execute(
            "SELECT auth_name, auth_srid, srtext FROM spatial_ref_sys WHERE srid = $1::integer", [.int(srid)])
        guard found.rowCount == 1, let authority = found[0, 0].string, case .int(let code) = found[0, 1] else {
            throw PostgresTableSource.error(name, "SRID \(srid) of column \(geometryName) is not in spatial_ref_sys",
                                            "use an EPSG code PostGIS knows, or transform with ST_Transform in \(Setting.sql.words)")
        }
        if authority.uppercased() == "EPSG" { return "EPSG:\(code)" }
        guard let wkt = found[0, 2].string, !wkt.isEmpty else {
            throw PostgresTableSource.error(name, "SRID \(srid) (\(authority):\(code)) has no definition in spatial_ref_sys",
                                            "transform to an EPSG code with ST_Transform in \(Setting.sql.words)")
        }
        return wkt
    }
}
