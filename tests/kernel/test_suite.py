"""The official Jupyter kernel test suite (jupyter_kernel_test).

Every attribute the suite reads is defined, with Python that both the fake
engine and a real Python 3.7 kernel run the same way.
"""
import unittest

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel

import kernels


class SuiteAttributes:
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('test', file=sys.stderr)"

    completion_samples = [{"text": "zi", "matches": {"zip"}}]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x*2\n\n"]
    incomplete_code_samples = ["for x in y:", "print('''hello", "def f(x):\n    x += 1"]
    invalid_code_samples = ["1)", "@@"]

    code_page_something = "zip?"
    code_generate_error = "raise ValueError('boom')"
    code_execute_result = [{"code": "1+2", "result": "3"}, {"code": "40 + 2", "result": "42"}]
    code_display_data = [{"code": "from IPython.display import display; display('x')", "mime": "text/plain"}]
    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "zip"
    code_clear_output = "from IPython.display import clear_output; clear_output()"


class FakeEngineKernelTests(SuiteAttributes, jupyter_kernel_test.KernelTests):
    """The protocol layer against the fake engine: runs today."""
    kernel_name = "bytepy-test-fake"

    @classmethod
    def setUpClass(cls):
        if kernels.kernel_name("fake") is None:
            raise unittest.SkipTest("cannot build the fake kernel")
        super().setUpClass()


class BytepyKernelTests(SuiteAttributes, jupyter_kernel_test.KernelTests):
    """The real `bytepy kernel`. Skipped until the interpreter is linked
    (until a cell runs instead of failing with "interpreter not linked")."""
    kernel_name = "bytepy-test-real"

    @classmethod
    def setUpClass(cls):
        if kernels.kernel_name("real") is None:
            raise unittest.SkipTest("bytepy does not build yet")
        km, kc = start_new_kernel(kernel_name=cls.kernel_name)
        reply = kc.execute_interactive("1+1", timeout=30, output_hook=lambda m: None)
        if "interpreter not linked" in reply["content"].get("evalue", ""):
            kc.stop_channels()
            km.shutdown_kernel(now=True)
            raise unittest.SkipTest("the interpreter is not linked into bytepy kernel yet")
        cls.km, cls.kc = km, kc


if __name__ == "__main__":
    unittest.main()
