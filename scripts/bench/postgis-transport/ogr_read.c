/* Reads every feature of a PostGIS table through GDAL's PostgreSQL driver, every field as text and the point's x:
 * the cost of the GDAL route. Usage: ogr_read 'PG:CONNINFO' TABLE */
#include <gdal.h>
#include <ogr_api.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: ogr_read PG:CONNINFO TABLE\n"); return 2; }
    GDALAllRegister();
    GDALDatasetH dataset = GDALOpenEx(argv[1], GDAL_OF_VECTOR, NULL, NULL, NULL);
    if (dataset == NULL) { fprintf(stderr, "cannot open %s\n", argv[1]); return 1; }
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, argv[2]);
    if (layer == NULL) { fprintf(stderr, "no layer %s\n", argv[2]); return 1; }
    int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    long rows = 0, characters = 0;
    double sumX = 0;
    OGRFeatureH feature;
    while ((feature = OGR_L_GetNextFeature(layer)) != NULL) {
        rows++;
        for (int i = 0; i < fields; i++) characters += (long)strlen(OGR_F_GetFieldAsString(feature, i));
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        if (geometry != NULL) sumX += OGR_G_GetX(geometry, 0);
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    printf("%ld features, %ld characters, sum x %.1f\n", rows, characters, sumX);
    return 0;
}
