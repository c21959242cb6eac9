import Foundation
import HeadlessChromium
import Kume
import KumeGeo
import Testing

extension HTMLInBrowserTests {
    @Suite("SVGMap in Chromium")
    struct SVGMapBrowserTests {
        static func km(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x: x * 1000, y: y * 1000) }

        static func rectangle(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Coordinate] {
            [km(x0, y0), km(x1, y0), km(x1, y1), km(x0, y1), km(x0, y0)]
        }

        /// A circle of `radius` km around (x, y) km with `count` vertices.
        static func circle(_ x: Double, _ y: Double, radius: Double, count: Int) -> [Coordinate] {
            let ring = (0..<count).map { k in
                let angle = Double(k) / Double(count) * 2 * .pi
                return km(x + radius * cos(angle), y + radius * sin(angle))
            }
            return ring + [ring[0]]
        }

        /// A 40 × 30 km test map: two districts, a hatched area with a hole, a road, a finely drawn circle, a
        /// province reaching far outside the view, and three kinds of points.
        static func testMap(north: Coordinate = Coordinate(x: 0, y: 1)) -> SVGMap {
            let firms = [("A", 5.0, 5.0), ("B", 35.0, 5.0), ("C", 5.0, 25.0), ("D", 22.0, 8.0)]
            return SVGMap(layers: [
                MapLayer(key: "province", legend: "Province", features: .areas([
                    MapArea(id: "P", polygons: [[rectangle(-200, -150, 240, 180)]]),
                ]), style: MapStyle(stroke: "#000", strokeWidthPixels: 2.5)),
                MapLayer(key: "districts", legend: "Districts", features: .areas([
                    MapArea(id: "W", polygons: [[rectangle(0, 0, 20, 30)]], label: "Batı", labelPoint: km(3, 15)),
                    MapArea(id: "E", polygons: [[rectangle(20, 0, 40, 30)]], label: "Doğu", labelPoint: km(37, 15)),
                ]), style: MapStyle(stroke: "#777", strokeWidthPixels: 0.8, dashPixels: [3, 2])),
                MapLayer(key: "geography", legend: "Economic geography", features: .areas([
                    MapArea(id: "G", polygons: [[rectangle(10, 10, 20, 20), rectangle(13, 13, 17, 17)]],
                            title: "Economic geography"),
                ]), style: MapStyle(stroke: "#000", strokeWidthPixels: 2,
                                    fill: .hatched("#000", angleDegrees: 45, spacingPixels: 6))),
                MapLayer(key: "circle", legend: "Circle", features: .areas([
                    MapArea(id: "O", polygons: [[circle(30, 20, radius: 5, count: 10_000)]]),
                ]), style: MapStyle(stroke: "#000", fill: .solid("#d0d0d0", opacity: 1))),
                MapLayer(key: "road", legend: "Road", features: .lines([
                    MapLine(id: "R", parts: [[km(2, 2), km(38, 28)]]),
                ]), style: MapStyle(stroke: "#000", strokeWidthPixels: 1.5, dashPixels: [6, 3])),
                MapLayer(key: "firms", legend: "Firms", features: .points(firms.map { name, x, y in
                    MapPoint(id: name, point: km(x, y), label: name)
                }), style: MapStyle(symbol: MapSymbol(.circle, filled: true, sizePixels: 8))),
                MapLayer(key: "university", legend: "University", features: .points([
                    MapPoint(id: "U", point: km(15, 25), label: "Uludağ Üniversitesi"),
                ]), style: MapStyle(symbol: MapSymbol(.triangle, filled: false, sizePixels: 12), boldLabels: true)),
                MapLayer(key: "chamber", legend: "Chamber", features: .points([
                    MapPoint(id: "K", point: km(25, 20), label: "Sanayi Odası"),
                ]), style: MapStyle(symbol: MapSymbol(.square, filled: true, sizePixels: 10), boldLabels: true)),
            ], words: SVGMap.Words(title: "Test map"), extent: PlanarBounds(minX: 0, minY: 0, maxX: 40_000, maxY: 30_000),
            northDirection: north)
        }

        static func document(_ map: SVGMap) throws -> HTMLDocument {
            HTMLDocument(language: "en", title: "Map", body: [
                .element("figure", [.svg(try map.render())]),
            ])
        }

        /// The centre of an element's box on the screen, in CSS pixels.
        static func centre(_ page: BrowserPage, _ selector: String) throws -> (x: Double, y: Double) {
            let box = try page.evaluate("""
                (() => { const r = document.querySelector('\(selector)').getBoundingClientRect();
                         return [r.x + r.width / 2, r.y + r.height / 2] })()
                """)
            return (box[0]?.number ?? .nan, box[1]?.number ?? .nan)
        }

        @Test("Distances keep one scale on both axes, and the scale bar's drawn length is its round length at it")
        func scale() throws {
            try BrowserPageFixture.withPage(try Self.document(Self.testMap())) { page, _ in
                // A and B are 30 km apart east–west; A and C 20 km apart north–south (north up).
                let a = try Self.centre(page, "[data-id=A]"), b = try Self.centre(page, "[data-id=B]")
                let c = try Self.centre(page, "[data-id=C]")
                let pixelsPerMetre = (b.x - a.x) / 30_000
                #expect(pixelsPerMetre > 0)
                #expect(abs((a.y - c.y) / 20_000 - pixelsPerMetre) < 1e-4)
                #expect(abs(b.y - a.y) < 0.5 && abs(c.x - a.x) < 0.5)
                let bar = try page.evaluate("""
                    (() => { const s = [...document.querySelectorAll('[data-role=scale-segment]')]
                               .map(e => e.getBoundingClientRect());
                             return [Math.max(...s.map(r => r.right)) - Math.min(...s.map(r => r.left)),
                                     Number(document.querySelector('[data-role=scale-bar]').dataset.metres)] })()
                    """)
                let drawnPixels = try #require(bar[0]?.number), metres = try #require(bar[1]?.number)
                // Boxes are the geometry's, without the outline.
                #expect(abs(drawnPixels - metres * pixelsPerMetre) < 0.1, "\(drawnPixels) px for \(metres) m")
                let mapWidthMetres = 760 / pixelsPerMetre
                #expect(metres <= mapWidthMetres / 4 && metres > mapWidthMetres / 10)
                let mantissa = metres / pow(10, log10(metres).rounded(.down))
                #expect([1.0, 2, 5].contains(mantissa))
            }
        }

        @Test("A hole is drawn as a hole: the area is hit in its ring and not in its hole")
        func hole() throws {
            try BrowserPageFixture.withPage(try Self.document(Self.testMap())) { page, _ in
                let a = try Self.centre(page, "[data-id=A]"), b = try Self.centre(page, "[data-id=B]")
                let perMetre = (b.x - a.x) / 30_000
                func hit(_ x: Double, _ y: Double) throws -> JSONValue {
                    let sx = a.x + (x * 1000 - 5000) * perMetre, sy = a.y - (y * 1000 - 5000) * perMetre
                    return try page.evaluate("document.elementFromPoint(\(sx), \(sy))?.dataset?.id ?? null")
                }
                #expect(try hit(11.5, 15) == "G")
                #expect(try hit(15, 18.5) == "G")
                #expect(try hit(15, 15) != "G")
                #expect(try hit(15, 21) != "G")
            }
        }

        @Test("Outlines are simplified below a pixel and clipped to the view")
        func simplifiedAndClipped() throws {
            let map = Self.testMap()
            let markup = try map.render()
            try BrowserPageFixture.withPage(try Self.document(map)) { page, _ in
                let a = try Self.centre(page, "[data-id=A]"), b = try Self.centre(page, "[data-id=B]")
                let perMetre = (b.x - a.x) / 30_000
                let circle = try page.evaluate("""
                    (() => { const p = document.querySelector('[data-id=O]'); const r = p.getBoundingClientRect();
                             return [p.getAttribute('d').split('L').length, r.width, r.height] })()
                    """)
                let vertices = try #require(circle[0]?.integer)
                #expect(vertices < 400, "10,000 vertices drawn as \(vertices)")
                // 10 km across, to within half a pixel (the simplification's tolerance).
                #expect(abs((circle[1]?.number ?? 0) - 10_000 * perMetre) < 0.5)
                #expect(abs((circle[2]?.number ?? 0) - 10_000 * perMetre) < 0.5)
                // The province reaches hundreds of kilometres beyond the view; its drawn outline does not.
                let province = try page.evaluate("""
                    (() => { const b = document.querySelector('[data-id=P]').getBBox(); return [b.x, b.y, b.width, b.height] })()
                    """)
                #expect((province[0]?.number ?? -1e9) >= -25 && (province[2]?.number ?? 1e9) <= 760 + 50)
            }
            #expect(markup.text.utf8.count < 40_000, "\(markup.text.utf8.count) bytes")
        }

        @Test("Labels never overlap each other, the scale bar or the north arrow")
        func labels() throws {
            try BrowserPageFixture.withPage(try Self.document(Self.testMap())) { page, _ in
                let overlaps = try page.evaluate("""
                    (() => {
                      const boxes = [...document.querySelectorAll('[data-role=labels] text')]
                        .map(e => [e.textContent, e.getBoundingClientRect()]);
                      const fixed = [...document.querySelectorAll('[data-role=scale-bar] rect, [data-role=north-arrow]')]
                        .map(e => ['furniture', e.getBoundingClientRect()]);
                      const meet = (p, q) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
                      const found = [];
                      boxes.forEach(([t, r], i) => {
                        boxes.slice(i + 1).forEach(([u, s]) => { if (meet(r, s)) found.push(t + ' / ' + u) });
                        fixed.forEach(([u, s]) => { if (meet(r, s)) found.push(t + ' / ' + u) });
                      });
                      return [boxes.map(b => b[0]), found];
                    })()
                    """)
                let placed = (overlaps[0]?.array ?? []).compactMap(\.string)
                #expect(overlaps[1] == [], "overlapping labels: \(String(describing: overlaps[1]))")
                for name in ["A", "B", "C", "Uludağ Üniversitesi", "Sanayi Odası"] {
                    #expect(placed.contains(name), "\(name) is not labelled: \(placed)")
                }
            }
        }

        @Test("In a crowd of 1,500 labelled points, the labels that fit are placed without one overlap")
        func crowdedLabels() throws {
            // A 50 × 30 grid of firms 600 m apart: far too dense for every label.
            let points = (0..<1_500).map { k in
                MapPoint(id: "F\(k)", point: Self.km(1 + Double(k % 50) * 0.6, 1 + Double(k / 50) * 0.6),
                         label: "Firma \(k)")
            }
            let map = SVGMap(layers: [
                MapLayer(key: "firms", legend: "Firms", features: .points(points),
                         style: MapStyle(symbol: MapSymbol(.circle, filled: true, sizePixels: 5))),
            ], words: SVGMap.Words(title: "Crowd"))
            try BrowserPageFixture.withPage(try Self.document(map)) { page, html in
                let result = try page.evaluate("""
                    (() => {
                      const r = [...document.querySelectorAll('[data-role=labels] text')].map(e => e.getBoundingClientRect());
                      let overlaps = 0;
                      for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
                        if (r[i].left < r[j].right && r[j].left < r[i].right && r[i].top < r[j].bottom && r[j].top < r[i].bottom)
                          overlaps++;
                      return [r.length, overlaps,
                              document.querySelectorAll('[data-role=features] use').length];
                    })()
                    """)
                #expect((result[0]?.integer ?? 0) > 50, "labels placed: \(String(describing: result[0]))")
                #expect(result[1] == 0)
                #expect(result[2] == 1_500)
                #expect(html.utf8.count < 1_500 * 200, "\(html.utf8.count) bytes")
            }
        }

        @Test("The legend has one entry per layer, each kind of point has its own shape, and the page prints on one A4")
        func legendSymbolsAndPrint() throws {
            try BrowserPageFixture.withPage(try Self.document(Self.testMap())) { page, _ in
                #expect(try page.evaluate("[...document.querySelectorAll('[data-role=legend] > g')].map(g => g.textContent)")
                        == ["Province", "Districts", "Economic geography", "Circle", "Road", "Firms", "University",
                            "Chamber"])
                let symbols = try page.evaluate("""
                    [...document.querySelectorAll('defs path')].map(p => p.getAttribute('d') + ' ' + p.getAttribute('fill'))
                    """)
                #expect(Set(symbols.array ?? []).count == 3)
                #expect(try page.evaluate("document.querySelectorAll('[data-role=features] [data-layer=firms] use').length") == 4)
                let shot = try page.screenshot()
                #expect(shot.inkFraction > 0.02)
                let printed = try page.printToPDF()
                #expect(printed.pageCount == 1)
            }
        }

        @Test("The north arrow points to true north where the frame is turned")
        func northArrow() throws {
            // The tip is drawn 16 px from the arrow's centre: where it lands on the screen, relative to the centre.
            let tipOffset = """
                (() => { const tip = document.querySelector('[data-role=north-tip]');
                         const at = (x, y) => new DOMPoint(x, y).matrixTransform(tip.getScreenCTM());
                         const t = at(0, -16), c = at(0, 0); return [t.x - c.x, t.y - c.y] })()
                """
            let turned = Self.testMap(north: Coordinate(x: 1, y: 1))
            try BrowserPageFixture.withPage(try Self.document(turned)) { page, _ in
                #expect(try page.evaluate("document.querySelector('[data-role=north-arrow]').dataset.degrees") == "45")
                let offset = try page.evaluate(tipOffset)
                // North-east: 16 px × (sin 45°, −cos 45°) = (11.31, −11.31).
                #expect(abs((offset[0]?.number ?? 0) - 11.314) < 0.05)
                #expect(abs((offset[1]?.number ?? 0) + 11.314) < 0.05)
            }
            try BrowserPageFixture.withPage(try Self.document(Self.testMap())) { page, _ in
                let offset = try page.evaluate(tipOffset)
                #expect(abs(offset[0]?.number ?? 1) < 0.05 && abs((offset[1]?.number ?? 0) + 16) < 0.05)
            }
        }
    }
}
