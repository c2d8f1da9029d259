/*
 * Creates PostgreSQL databases that do not exist yet, with pgjdbc only (for
 * machines that have a JDK and Maven but no psql). Used by
 * `deploy/local/postgres.sh create-db` when psql is missing.
 *
 * Usage (single-file source program, pgjdbc on the classpath):
 *   java -cp "$CP" CreateDatabases.java HOST PORT USER NAME...
 * The password, if any, is read from the PGPASSWORD environment variable.
 * Names must match [a-z_][a-z0-9_]* (checked here and by the caller).
 */

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

public class CreateDatabases {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp CP CreateDatabases.java HOST PORT USER NAME...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + Integer.parseInt(args[1]) + "/postgres";
        Properties props = new Properties();
        props.setProperty("user", args[2]);
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        try (Connection c = DriverManager.getConnection(url, props)) {
            for (int i = 3; i < args.length; i++) {
                String name = args[i];
                if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
                    System.err.println("invalid database name: " + name);
                    System.exit(2);
                }
                if (exists(c, name)) {
                    System.out.println("exists  " + name);
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE DATABASE \"" + name + "\"");
                    System.out.println("created " + name);
                } catch (SQLException e) {
                    // 42P04 duplicate_database: created concurrently by someone else.
                    if (!"42P04".equals(e.getSQLState())) {
                        throw e;
                    }
                    System.out.println("exists  " + name);
                }
            }
        }
    }

    static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
