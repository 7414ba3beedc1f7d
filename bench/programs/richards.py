# A Richards-style operating-system simulation: a scheduler picks the
# highest-priority runnable task; tasks (idle, worker, handlers, devices)
# exchange message packets through queues, block, wait and get released.
# Stresses polymorphic method calls, attribute access, linked lists.
# Modules: none.
N = 65

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        # Put self at the tail of the linked list `queue`; return the head.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = False
        self.held = False
        self.next = None
        system.add(self)

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
        return pkt

    def step(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.system.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.count = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.system.send(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue, device):
        Task.__init__(self, system, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < BUF_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.data[0] = work.data[work.count]
                    work.count += 1
                    return self.system.send(dev)
            else:
                self.work = work.link
                return self.system.send(work)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pending = self.pending
            if pending is None:
                return self.system.wait()
            self.pending = None
            return self.system.send(pending)
        self.pending = pkt
        self.system.output += pkt.data[0]
        return self.system.hold_self()


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.output = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the run list sorted by descending priority
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        t = self.tasks[pkt.dest]
        self.sends += 1
        pkt.dest = self.current.ident
        was_empty = t.queue is None
        t.queue = pkt.append_to(t.queue)
        if was_empty and t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                pkt = None
                if task.waiting or task.queue is not None:
                    task.waiting = False
                    pkt = task.take_packet()
                task = task.step(pkt)
            else:
                task = task.next


def simulate(count):
    sys_ = System()
    IdleTask(sys_, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(sys_, WORKER, 1000, wq)
    for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(sys_, ident, prio, q, dev)
    DeviceTask(sys_, DEVICE_A, 4000)
    DeviceTask(sys_, DEVICE_B, 5000)
    sys_.run()
    return sys_.sends, sys_.holds, sys_.output


def main():
    results = []
    for k in range(N):
        results.append(simulate(1000 + k * 10))
    print("richards", N, results[0], results[-1], sum(r[0] + r[1] + r[2] for r in results))


main()
