/** The one Neo4j version the project runs everywhere: local jars, docker-compose.yml and the Dockerfile. */
export const NEO4J_VERSION = '5.26.30';
