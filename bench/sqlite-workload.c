// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A fixed, deterministic SQL workload for bench/runtime: the SQLite
 * amalgamation is built in each compiler configuration and this driver's
 * instruction count is measured with callgrind.  Everything runs in an
 * in-memory database (no I/O to disturb the count), the data come from a
 * fixed linear congruential generator, and the driver prints a checksum of
 * every query result so that the configurations can be checked to compute
 * the same thing.
 *
 *   sqlite-workload [ROWS]      (default 20000)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "sqlite3.h"

static sqlite3 *db;
static uint64_t checksum = 1469598103934665603ULL;

static void die(const char *what)
{
	fprintf(stderr, "sqlite-workload: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

static void exec(const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "sqlite-workload: %s: %s\n", sql, err);
		exit(1);
	}
}

/* Run a query and fold every column of every row into the checksum (FNV-1a). */
static void query(const char *sql)
{
	sqlite3_stmt *st;
	int rc, i;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		die(sql);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *t = sqlite3_column_text(st, i);

			for (; t && *t; t++) {
				checksum ^= *t;
				checksum *= 1099511628211ULL;
			}
			checksum ^= '|';
			checksum *= 1099511628211ULL;
		}
	}
	if (rc != SQLITE_DONE)
		die(sql);
	sqlite3_finalize(st);
}

static uint32_t lcg_state = 12345;

static uint32_t lcg(void)
{
	lcg_state = lcg_state * 1103515245u + 12345u;
	return lcg_state >> 8;
}

int main(int argc, char **argv)
{
	int rows = argc > 1 ? atoi(argv[1]) : 20000;
	sqlite3_stmt *ins;
	char name[32];
	int i;

	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		die("open");
	exec("CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT, region INTEGER);"
	     "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer INTEGER,"
	     " amount REAL, item TEXT, day INTEGER);");

	/* Inserts through one prepared statement inside a transaction. */
	exec("BEGIN");
	if (sqlite3_prepare_v2(db, "INSERT INTO customer VALUES(?, ?, ?)", -1,
			       &ins, NULL) != SQLITE_OK)
		die("prepare customer");
	for (i = 0; i < rows / 10; i++) {
		snprintf(name, sizeof(name), "cust%06u", lcg() % 1000000);
		sqlite3_bind_int(ins, 1, i);
		sqlite3_bind_text(ins, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(ins, 3, lcg() % 17);
		if (sqlite3_step(ins) != SQLITE_DONE)
			die("insert customer");
		sqlite3_reset(ins);
	}
	sqlite3_finalize(ins);
	if (sqlite3_prepare_v2(db, "INSERT INTO orders VALUES(?, ?, ?, ?, ?)", -1,
			       &ins, NULL) != SQLITE_OK)
		die("prepare orders");
	for (i = 0; i < rows; i++) {
		snprintf(name, sizeof(name), "item-%u", lcg() % 500);
		sqlite3_bind_int(ins, 1, i);
		sqlite3_bind_int(ins, 2, lcg() % (rows / 10));
		sqlite3_bind_double(ins, 3, (lcg() % 100000) / 100.0);
		sqlite3_bind_text(ins, 4, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(ins, 5, lcg() % 365);
		if (sqlite3_step(ins) != SQLITE_DONE)
			die("insert orders");
		sqlite3_reset(ins);
	}
	sqlite3_finalize(ins);
	exec("COMMIT");

	/* Index builds. */
	exec("CREATE INDEX orders_customer ON orders(customer);"
	     "CREATE INDEX orders_item_day ON orders(item, day);"
	     "CREATE INDEX customer_name ON customer(name);");

	/* Joins, aggregates, sorting, string functions, a subquery. */
	query("SELECT c.region, count(*), sum(o.amount), max(o.amount)"
	      " FROM orders o JOIN customer c ON c.id = o.customer"
	      " GROUP BY c.region ORDER BY c.region");
	query("SELECT c.name, sum(o.amount) AS total FROM customer c"
	      " JOIN orders o ON o.customer = c.id GROUP BY c.id"
	      " ORDER BY total DESC LIMIT 50");
	query("SELECT item, day, count(*) FROM orders WHERE item LIKE 'item-1%'"
	      " GROUP BY item, day HAVING count(*) > 1 ORDER BY 3 DESC, 1, 2");
	query("SELECT upper(name), length(name), substr(name, 5) FROM customer"
	      " WHERE id IN (SELECT customer FROM orders WHERE amount > 990)"
	      " ORDER BY name");
	query("SELECT day / 30, avg(amount), group_concat(DISTINCT day % 7)"
	      " FROM orders GROUP BY 1 ORDER BY 1");

	/* Updates and deletes through the indexes, then a final aggregate. */
	exec("UPDATE orders SET amount = amount * 1.1 WHERE day < 100;"
	     "DELETE FROM orders WHERE customer % 13 = 0;");
	query("SELECT count(*), total(amount), min(day), max(day) FROM orders");

	sqlite3_close(db);
	printf("%016llx\n", (unsigned long long)checksum);
	return 0;
}
