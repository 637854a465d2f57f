package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an append log of runs keeps after an interruption, and how it is put in run-id order. */
class RunLogTest {

    private static final List<String> COLUMNS = List.of("run_id", "value", "status");

    @TempDir
    Path dir;

    private RunLog log() {
        return new RunLog(dir.resolve("log.csv"), COLUMNS);
    }

    private static BitSet bits(int... places) {
        BitSet b = new BitSet();
        for (int p : places) {
            b.set(p);
        }
        return b;
    }

    @Test
    void aMissingLogIsCreatedWithItsHeader() throws IOException {
        assertEquals(new BitSet(), log().recover(Shard.WHOLE, 10, (id, text) -> true));
        assertEquals("run_id,value,status\n", Files.readString(dir.resolve("log.csv")));
    }

    @Test
    void aTornLastLineDuplicatesAndRejectedBlocksAreDropped() throws IOException {
        Files.writeString(dir.resolve("log.csv"), "run_id,value,status\n"
                + "3,a,ok\n3,b,ok\n"          // run 3: a block of two lines
                + "1,c,failed\n"              // rejected by the filter: run again
                + "5,d,ok\n"
                + "3,e,ok\n"                  // run 3 again, after an interruption: the first one stays
                + "7,f,o");                   // torn by a kill in the middle of the write
        BitSet kept = log().recover(Shard.WHOLE, 10, (id, text) -> text.endsWith(",ok\n"));
        assertEquals(bits(3, 5), kept);
        assertEquals("run_id,value,status\n3,a,ok\n3,b,ok\n5,d,ok\n", Files.readString(dir.resolve("log.csv")));
        assertEquals(bits(3, 5), log().recover(Shard.WHOLE, 10, (id, text) -> true), "recovering twice changes nothing");
    }

    @Test
    void appendedBlocksAreSortedByRunIdWithinAShard() throws IOException {
        Shard shard = new Shard(1, 3);
        RunLog log = log();
        log.recover(shard, 12, (id, text) -> true);
        log.openForAppend();
        for (String block : List.of("7,x,ok\n", "1,y,ok\n1,z,ok\n", "10,w,ok\n", "4,v,ok\n")) {
            log.append(block);
        }
        log.close();
        log.sortById(shard, 12);
        assertEquals("run_id,value,status\n1,y,ok\n1,z,ok\n4,v,ok\n7,x,ok\n10,w,ok\n",
                Files.readString(dir.resolve("log.csv")));
        assertEquals(bits(0, 1, 2, 3), log.recover(shard, 12, (id, text) -> true), "places in the shard");
    }

    @Test
    void aLogOfAnotherShapeOrWithForeignRunsIsRefused() throws IOException {
        Files.writeString(dir.resolve("log.csv"), "run_id,other\n");
        SweepError header = assertThrows(SweepError.class, () -> log().recover(Shard.WHOLE, 10, (id, text) -> true));
        assertTrue(header.getMessage().contains("expected the header run_id,value,status"), header.getMessage());
        Files.writeString(dir.resolve("log.csv"), "run_id,value,status\n2,a,ok\n");
        SweepError foreign = assertThrows(SweepError.class,
                () -> log().recover(new Shard(1, 2), 10, (id, text) -> true));
        assertTrue(foreign.getMessage().contains("log.csv:2: run 2 is not a run of shard 1/2"), foreign.getMessage());
    }
}
