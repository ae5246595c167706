import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT_DIR, sizeToBytes } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * Runs Neo4j 5.26 in a child JVM (launcher/, one pom.xml and one Java file). The Maven
 * dependency closure is resolved once and its classpath cached under .neo4j/, keyed by the
 * pom's hash, so every later start is offline.
 */

const LAUNCHER_DIR = path.join(ROOT_DIR, 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const JAVA_SOURCE = path.join(LAUNCHER_DIR, 'src/main/java/org/pentahelix/launcher/EmbeddedNeo4j.java');
const MAIN_CLASS = 'org.pentahelix.launcher.EmbeddedNeo4j';
const CACHE_DIR = path.join(ROOT_DIR, '.neo4j');

/** Neo4j 5 on Java 17 reflects into these JDK internals (Netty, the page cache). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port (tests). */
  port: number;
  heap: string;
  pageCache: string;
  logger: Logger;
  /** Called when the database exits without being asked to. */
  onUnexpectedExit?: (code: number | null, lastLines: string[]) => void;
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export class LauncherError extends Error {}

function requireTool(command: string, args: string[], hint: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new LauncherError(`${command} is needed to run the embedded Neo4j but was not found or failed. ${hint}`);
  }
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** Resolves (once) the classpath of the launcher's dependencies. */
function resolveClasspath(logger: Logger): string {
  const cached = path.join(CACHE_DIR, `classpath-${hash(readFileSync(POM, 'utf8'))}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath.split(path.delimiter).every((jar) => existsSync(jar))) return classpath;
  }
  requireTool('mvn', ['-v'], 'Install Maven 3 (Debian: apt-get install maven), or set NEO4J_URI to use a running Neo4j.');
  logger.info('resolving Neo4j with Maven (first start only; about 130 MB)');
  const started = Date.now();
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(cached)) {
    throw new LauncherError(`Maven could not resolve Neo4j:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  logger.info({ ms: Date.now() - started }, 'Neo4j resolved');
  return readFileSync(cached, 'utf8').trim();
}

/** Compiles the launcher when its source or classpath changed; returns the classes directory. */
function compileLauncher(classpath: string): string {
  const source = readFileSync(JAVA_SOURCE, 'utf8');
  const classes = path.join(CACHE_DIR, `classes-${hash(source, classpath)}`);
  if (existsSync(path.join(classes, 'org/pentahelix/launcher/EmbeddedNeo4j.class'))) return classes;
  requireTool('javac', ['-version'], 'Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless).');
  mkdirSync(classes, { recursive: true });
  const result = spawnSync('javac', ['--release', '17', '-d', classes, '-cp', classpath, JAVA_SOURCE], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new LauncherError(`javac failed:\n${result.stderr}`);
  return classes;
}

/** Prepares the launcher (classpath and classes) without starting it; returns the full classpath. */
export function prepareLauncher(logger: Logger): { classpath: string } {
  requireTool('java', ['-version'], 'Install Java 17 (Debian: apt-get install openjdk-17-jdk-headless).');
  mkdirSync(CACHE_DIR, { recursive: true });
  const dependencies = resolveClasspath(logger);
  const classes = compileLauncher(dependencies);
  return { classpath: [classes, dependencies].join(path.delimiter) };
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { logger } = options;
  const { classpath } = prepareLauncher(logger);
  mkdirSync(options.dataDir, { recursive: true });
  // The classpath goes through an argument file: 200+ jars overflow some argv limits.
  const argFile = path.join(CACHE_DIR, `java-args-${hash(classpath)}.txt`);
  writeFileSync(argFile, `-cp "${classpath}"\n`);
  const args = [
    `-Xmx${options.heap}`,
    ...JVM_FLAGS,
    `@${argFile}`,
    MAIN_CLASS,
    '--home',
    options.dataDir,
    '--port',
    String(options.port),
    '--pagecache',
    String(sizeToBytes(options.pageCache)),
  ];
  const started = Date.now();
  // stdin stays a pipe we never write to: when this process dies, the JVM sees it close and stops.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lastLines: string[] = [];
  const remember = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 40) lastLines.shift();
  };
  createInterface({ input: child.stderr }).on('line', (line) => {
    remember(line);
    logger.debug({ neo4j: line }, 'neo4j stderr');
  });

  let stopping = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LauncherError(`Neo4j did not start within ${options.startTimeoutMs ?? 180_000} ms:\n${lastLines.join('\n')}`));
    }, options.startTimeoutMs ?? 180_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      remember(line);
      const match = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LauncherError(`could not start java: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new LauncherError(`Neo4j exited with code ${code} before it was ready:\n${lastLines.join('\n')}`));
    });
  });
  logger.info({ uri, ms: Date.now() - started, dataDir: options.dataDir }, 'embedded Neo4j ready');

  void exited.then((code) => {
    if (!stopping) options.onUnexpectedExit?.(code, lastLines);
  });

  return {
    uri,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      child.kill('SIGTERM');
      await stopWithin(child, exited, 30_000);
    },
  };
}

async function stopWithin(child: ChildProcess, exited: Promise<number | null>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
