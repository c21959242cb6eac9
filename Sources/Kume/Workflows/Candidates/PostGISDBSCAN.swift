import KumeAnalytics
import KumeData
import KumeGeo
import KumePostgres

/// DBSCAN of the sector groups' firms run inside PostgreSQL/PostGIS (`kume detect --engine postgis`), with the
/// semantics of kume's own ``DBSCAN``, so both engines give the same clusters.
///
/// The groups' points (WGS84 longitude, latitude, as read) go to a temporary table by binary `COPY`; the server
/// projects them with PostGIS's `ST_Transform` to the same Lambert azimuthal equal-area projection kume uses
/// (``LocalProjection/equalArea(around:)`` over all firms; PostGIS calls the same PROJ), indexes them (GIST), and
/// clusters each group with `ST_ClusterDBSCAN` (a point is core with at least `minPoints` points, itself
/// included, within `ST_DWithin` eps). PostGIS gives a border point to whichever cluster reaches it first; kume
/// gives it to the cluster of its nearest core point, ties to the lower label (labels numbered by their smallest
/// core row), so the server also counts each point's neighbours (the core flags) and re-assigns each border point
/// by that rule. Only the clustered rows come back, with their label and core flag. Everything runs in one
/// transaction whose temporary tables are dropped at its end: nothing is left in the database.
package struct PostGISDBSCAN: Sendable {
    /// The libpq conninfo or URI of the database.
    package var conninfo: String
    /// The clustering parameters.
    package var dbscan: DBSCAN

    /// One clustered row.
    package struct Assignment: Sendable, Hashable {
        /// The registry row.
        package var row: Int
        /// The group (index into the groups given).
        package var group: Int
        /// The cluster within the group, numbered 0, 1, … by smallest core row.
        package var label: Int
        /// Whether the row is a core point.
        package var isCore: Bool
    }

    /// Creates the engine for a database and DBSCAN's parameters.
    package init(conninfo: String, dbscan: DBSCAN) {
        self.conninfo = conninfo
        self.dbscan = dbscan
    }

    /// Clusters each group of rows in the database.
    ///
    /// - Parameters:
    ///   - groups: The registry rows of each group (firms with a point).
    ///   - coordinates: Every registry row's longitude, latitude (WGS84 degrees).
    ///   - projection: The projection the distances are measured in (kume's own, for the same clusters).
    /// - Returns: Per group, its clusters as ascending registry rows, in label order; and every assignment.
    /// - Throws: ``PostgresError`` from the server (PostGIS missing, a connection failure; passwords scrubbed).
    package func cluster(groups: [[Int]], coordinates: [Coordinate], projection: LocalProjection) throws
        -> (clusters: [[[Int]]], assignments: [Assignment])
    {
        let connection = try PostgresConnection(conninfo: conninfo)
        let assignments: [Assignment] = try connection.transaction { connection in
            try connection.execute(
                "CREATE TEMP TABLE kume_detect_points (row_number integer, group_number integer, geom geometry) ON COMMIT DROP")
            try connection.copyIn("COPY kume_detect_points FROM STDIN (FORMAT binary)") { writer in
                for (group, rows) in groups.enumerated() {
                    for row in rows {
                        try writer.beginRow(fieldCount: 3)
                        writer.append(Int32(row))
                        writer.append(Int32(group))
                        writer.append(try EWKB(wkb: Self.pointWKB(coordinates[row]), srid: 4326))
                    }
                }
            }
            // Each step fills a new table (INSERT … SELECT takes the parameters); updating rows in place would
            // rewrite every row and its GIST entry.
            try connection.execute(
                "CREATE TEMP TABLE kume_detect_projected (row_number integer, group_number integer, geom geometry) ON COMMIT DROP")
            try connection.execute(
                """
                INSERT INTO kume_detect_projected
                SELECT row_number, group_number, ST_Transform(geom, $1::text) FROM kume_detect_points
                """, [.text(projection.definition)])
            try connection.execute("CREATE INDEX ON kume_detect_projected USING GIST (geom)")
            try connection.execute("ANALYZE kume_detect_projected")
            let eps = PostgresValue.double(dbscan.epsMetres), minPoints = PostgresValue.int(Int64(dbscan.minPoints))
            try connection.execute(
                """
                CREATE TEMP TABLE kume_detect_clustered (row_number integer, group_number integer, geom geometry,
                  cluster integer) ON COMMIT DROP
                """)
            try connection.execute(
                """
                INSERT INTO kume_detect_clustered
                SELECT * FROM (
                  SELECT row_number, group_number, geom,
                         ST_ClusterDBSCAN(geom, $1::float8, $2::integer) OVER (PARTITION BY group_number) AS cluster
                  FROM kume_detect_projected) c
                WHERE cluster IS NOT NULL
                """, [eps, minPoints])
            // The core flags, counted among all the group's points (noise is never core).
            try connection.execute(
                """
                CREATE TEMP TABLE kume_detect_flagged (row_number integer, group_number integer, geom geometry,
                  cluster integer, core boolean) ON COMMIT DROP
                """)
            try connection.execute(
                """
                INSERT INTO kume_detect_flagged
                SELECT c.*, (SELECT count(*) FROM kume_detect_projected q
                             WHERE q.group_number = c.group_number AND ST_DWithin(q.geom, c.geom, $1::float8)) >= $2::integer
                FROM kume_detect_clustered c
                """, [eps, minPoints])
            // The core points with their labels, numbered by smallest core row, indexed for the border rule.
            try connection.execute(
                """
                CREATE TEMP TABLE kume_detect_cores (row_number integer, group_number integer, geom geometry,
                  label integer) ON COMMIT DROP
                """)
            try connection.execute(
                """
                INSERT INTO kume_detect_cores
                SELECT f.row_number, f.group_number, f.geom, l.label FROM kume_detect_flagged f
                JOIN (SELECT group_number, cluster,
                             (row_number() OVER (PARTITION BY group_number ORDER BY min(row_number)) - 1)::integer AS label
                      FROM kume_detect_flagged WHERE core GROUP BY group_number, cluster) l USING (group_number, cluster)
                WHERE f.core
                """)
            try connection.execute("CREATE INDEX ON kume_detect_cores USING GIST (geom)")
            try connection.execute("ANALYZE kume_detect_cores")
            // Each border point to its nearest core point's cluster, ties to the lower label.
            let result = try connection.execute(
                """
                SELECT row_number, group_number, label, true FROM kume_detect_cores
                UNION ALL
                SELECT b.row_number, b.group_number, nearest.label, false FROM kume_detect_flagged b
                CROSS JOIN LATERAL (
                  SELECT c.label FROM kume_detect_cores c
                  WHERE c.group_number = b.group_number AND ST_DWithin(c.geom, b.geom, $1::float8)
                  ORDER BY ST_Distance(c.geom, b.geom), c.label LIMIT 1) nearest
                WHERE NOT b.core
                """, [eps])
            return try result.rows.map { values in
                guard case .int(let row) = values[0], case .int(let group) = values[1], case .int(let label) = values[2],
                      case .bool(let core) = values[3] else {
                    throw PostgresError(operation: "ST_ClusterDBSCAN", message: "unexpected result row \(values)")
                }
                return Assignment(row: Int(row), group: Int(group), label: Int(label), isCore: core)
            }
        }
        var clusters = groups.map { _ in [[Int]]() }
        for assignment in assignments.sorted(by: { ($0.group, $0.label, $0.row) < ($1.group, $1.label, $1.row) }) {
            while clusters[assignment.group].count <= assignment.label { clusters[assignment.group].append([]) }
            clusters[assignment.group][assignment.label].append(assignment.row)
        }
        return (clusters, assignments)
    }

    /// Little-endian 2D WKB of a point.
    static func pointWKB(_ point: Coordinate) -> [UInt8] {
        var bytes: [UInt8] = [1]
        withUnsafeBytes(of: UInt32(1).littleEndian) { bytes += $0 }
        withUnsafeBytes(of: point.longitude.bitPattern.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: point.latitude.bitPattern.littleEndian) { bytes += $0 }
        return bytes
    }
}
