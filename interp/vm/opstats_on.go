//go:build opstats

package vm

import (
	"fmt"
	"os"
	"sort"
)

// A counting build (go build -tags opstats) records which instruction
// pairs run, and rewrites
// $BYTEPY_OPSTATS with the totals every 2^20 instructions; it is how the
// fused forms were chosen.
const opStats = true

var (
	pairCount [numOps][numOps]uint64
	lastOp    uint8
	nCounted  uint64
)

func countOp(op uint8) {
	pairCount[lastOp][op]++
	lastOp = op
	nCounted++
	if nCounted&(1<<20-1) == 0 {
		dumpOpStats()
	}
}

func dumpOpStats() {
	path := os.Getenv("BYTEPY_OPSTATS")
	if path == "" {
		return
	}
	type row struct {
		name string
		n    uint64
	}
	var ops, pairs []row
	for a := range numOps {
		var n uint64
		for b := range numOps {
			n += pairCount[b][a]
			if c := pairCount[a][b]; c != 0 {
				pairs = append(pairs, row{opName(uint8(a)) + " " + opName(uint8(b)), c})
			}
		}
		if n != 0 {
			ops = append(ops, row{opName(uint8(a)), n})
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return
	}
	defer out.Close()
	for _, rs := range []struct {
		title string
		rows  []row
	}{{"ops", ops}, {"pairs", pairs}} {
		sort.Slice(rs.rows, func(i, j int) bool { return rs.rows[i].n > rs.rows[j].n })
		fmt.Fprintf(out, "== %s\n", rs.title)
		for i, r := range rs.rows {
			if i == 60 {
				break
			}
			fmt.Fprintf(out, "%12d %5.2f%% %s\n", r.n, 100*float64(r.n)/float64(nCounted), r.name)
		}
	}
}

// opNames is the const block of translate.go when this was made.
var opNames = [...]string{
	"Nop",
	"PopTop",
	"RotTwo",
	"RotThree",
	"DupTop",
	"DupTopTwo",
	"UnaryPositive",
	"UnaryNegative",
	"UnaryNot",
	"UnaryInvert",
	"Binary",
	"Inplace",
	"BinarySubscr",
	"StoreSubscr",
	"DeleteSubscr",
	"GetIter",
	"GetYieldFromIter",
	"GetAwaitable",
	"PrintExpr",
	"LoadBuildClass",
	"YieldFrom",
	"BreakLoop",
	"WithCleanupStart",
	"WithCleanupFinish",
	"ReturnValue",
	"ImportStar",
	"SetupAnnotations",
	"YieldValue",
	"PopBlock",
	"EndFinally",
	"PopExcept",
	"StoreName",
	"DeleteName",
	"UnpackSequence",
	"ForIter",
	"UnpackEx",
	"StoreAttr",
	"DeleteAttr",
	"StoreGlobal",
	"DeleteGlobal",
	"LoadConst",
	"LoadName",
	"BuildTuple",
	"BuildList",
	"BuildSet",
	"BuildMap",
	"LoadAttr",
	"CompareOp",
	"ImportName",
	"ImportFrom",
	"JumpForward",
	"JumpIfFalseOrPop",
	"JumpIfTrueOrPop",
	"JumpAbsolute",
	"PopJumpIfFalse",
	"PopJumpIfTrue",
	"LoadGlobal",
	"ContinueLoop",
	"SetupLoop",
	"SetupExcept",
	"SetupFinally",
	"LoadFast",
	"StoreFast",
	"DeleteFast",
	"RaiseVarargs",
	"CallFunction",
	"MakeFunction",
	"BuildSlice",
	"LoadClosure",
	"LoadDeref",
	"StoreDeref",
	"DeleteDeref",
	"CallFunctionKw",
	"CallFunctionEx",
	"SetupWith",
	"ListAppend",
	"SetAdd",
	"MapAdd",
	"LoadClassDeref",
	"BuildListUnpack",
	"BuildMapUnpack",
	"BuildMapUnpackWithCall",
	"BuildTupleUnpack",
	"BuildSetUnpack",
	"FormatValue",
	"BuildConstKeyMap",
	"BuildString",
	"BuildTupleUnpackWithCall",
	"LoadMethod",
	"CallMethod",
	"Unsupported",
	"JumpBack",
	"ThrowPending",
	"FastBinFastStore",
	"FastConstBin",
	"FastConstCmpJump",
	"LoadFast2",
	"ForIterStore",
	"CallGetIter",
	"FastConstSubscr",
	"FastFastSubscr",
	"CmpJump",
	"SliceSubscr",
	"SliceStore",
	"FastFastBin",
	"FastBin",
	"ConstBin",
	"BinaryStore",
	"InplaceStore",
	"InplaceRotStore",
	"FastConstDupSubscr",
	"FastConstBinStore",
	"FastFastCmpJump",
	"FastFastStoreSubscr",
	"FastConstStoreSubscr",
	"FastPopJump",
	"LoadAttrC",
	"StoreAttrC",
	"LoadMethodC",
	"SliceTmp",
	"ConstCmpJump",
	"ListAppendJump",
	"UnpackStore",
	"FastLoadAttr",
	"FastLoadMethod",
	"FastStoreAttr",
	"FastFastStoreAttr",
	"SuperMethod",
	"FastReturn",
	"FastSubscr",
	"ConstSubscr",
	"FastFastDupSubscr",
	"ForIterEnum",
	"EmptyDefault",
	"FastConstTestJump",
	"DerefCmpJump",
	"DerefLoadMethod",
	"ConstReturn",
	"BinaryReturn",
	"ConstCompare",
	"FastConstSubscrStore",
	"FastFastSubscrStore",
	"FastDerefCmpJump",
	"CallFunctionPop",
	"CallMethodPop",
	"LoadConst2",
	"StoreFastJumpBack",
	"TupleExcMatch",
	"SliceRevPrefix",
	"LoadFastUpdateArg",
	"FastYield",
	"ExcMatchJump",
	"DerefBin",
	"OwnBinStore",
	"OwnSwapBin",
	"LoadFastOwn",
	"StoreFastOwn",
	"OwnBinaryStore",
	"CallDictCopy",
	"DictCount",
	"FastFastSubscrUnpack",
	"FastListPop",
	"FastListAppendFast",
	"FastListAppendJump",
	"AugItemFastFast",
	"ItemItemBinStore",
	"SubscrBinAccum",
	"RevPrefixFast",
	"FastIdxConstSubscr",
	"StrOwnAdd",
	"SetupLoopOwn",
	"FastAttrAug",
	"IsInstanceFast",
	"GlobalUnaryFast",
	"StrChainCall",
	"SliceFresh",
	"CallGlobalConstArg",
	"FastModCmpJump",
	"CallUnary1",
	"PopJumpIfFalseX",
	"PopJumpIfTrueX",
	"FastAttrNot",
	"FastAttrReturn",
	"FastAttrIs",
	"FastAttrTest",
	"FastAttrBin",
	"FastAttrStore",
}

// A name for every instruction: the build fails when an opcode is added
// without one.
var _ = [1]struct{}{}[len(opNames)-int(numOps)]

func opName(op uint8) string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return fmt.Sprint(op)
}
