/* Reads every row of a COPY ... TO STDOUT through libpq and counts rows and bytes (no parsing): the transfer
 * cost of the libpq route. Usage: pq_read CONNINFO SQL */
#include <libpq-fe.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: pq_read CONNINFO SQL\n"); return 2; }
    PGconn *connection = PQconnectdb(argv[1]);
    if (PQstatus(connection) != CONNECTION_OK) { fprintf(stderr, "%s", PQerrorMessage(connection)); return 1; }
    PGresult *result = PQexec(connection, argv[2]);
    if (PQresultStatus(result) != PGRES_COPY_OUT) { fprintf(stderr, "%s", PQerrorMessage(connection)); return 1; }
    PQclear(result);
    long rows = 0, bytes = 0;
    char *buffer;
    int count;
    while ((count = PQgetCopyData(connection, &buffer, 0)) > 0) { rows++; bytes += count; PQfreemem(buffer); }
    while ((result = PQgetResult(connection)) != NULL) PQclear(result);
    PQfinish(connection);
    printf("%ld messages, %ld bytes\n", rows, bytes);
    return 0;
}
