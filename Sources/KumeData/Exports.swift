/// A member's point is a `Coordinate` (longitude, latitude on WGS84): re-exported so that a program
/// using kume's domain can name it without importing the geometry layer.
@_exported import struct KumeGeo.Coordinate
