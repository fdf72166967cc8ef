// Copyright 2026 The mediacapture authors. All rights reserved.

#include "platform/v4l2/emulated_v4l2_driver.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "platform/v4l2/emulated_picture.h"

namespace mediacapture {

namespace {

// Buffers start on page boundaries in the mmap offset space, as vb2 lays
// them out; the offset is how QUERYBUF tells userspace which one to map.
constexpr size_t kPageSize = 4096;
// vb2's limits for REQBUFS: at least 2 buffers so that one can be filled
// while the other is read, at most VIDEO_MAX_FRAME.
constexpr uint32_t kMinBufferCount = 2;
constexpr uint32_t kMaxBufferCount = 32;

size_t RoundUpToPage(size_t size) {
  return (size + kPageSize - 1) / kPageSize * kPageSize;
}

uint32_t BytesPerLine(PixelFormat format, uint32_t width) {
  switch (format) {
    case PixelFormat::kYUYV:
    case PixelFormat::kUYVY:
      return width * 2;
    case PixelFormat::kRGB24:
    case PixelFormat::kBGR24:
      return width * 3;
    case PixelFormat::kNV12:
    case PixelFormat::kI420:
      return width;
    case PixelFormat::kMJPEG:
    case PixelFormat::kUnknown:
      break;
  }
  return 0;
}

uint32_t SizeImage(PixelFormat format, uint32_t width, uint32_t height) {
  switch (format) {
    case PixelFormat::kNV12:
    case PixelFormat::kI420:
      return width * height + 2 * ((width + 1) / 2) * ((height + 1) / 2);
    case PixelFormat::kMJPEG:
      // The worst case a UVC camera announces for a compressed frame.
      return width * height * 2;
    default:
      return BytesPerLine(format, width) * height;
  }
}

double Seconds(const EmulatedInterval& interval) {
  return interval.denominator
             ? static_cast<double>(interval.numerator) / interval.denominator
             : 0;
}

uint32_t Snap(uint32_t value, uint32_t min, uint32_t max, uint32_t step) {
  value = std::min(max, std::max(min, value));
  step = std::max<uint32_t>(1, step);
  return min + (value - min) / step * step;
}

bool InRange(uint32_t value, uint32_t min, uint32_t max, uint32_t step) {
  return value >= min && value <= max &&
         (value - min) % std::max<uint32_t>(1, step) == 0;
}

bool SizeContains(const EmulatedFrameSize& size,
                  uint32_t width,
                  uint32_t height) {
  return InRange(width, size.min_width, size.max_width, size.step_width) &&
         InRange(height, size.min_height, size.max_height, size.step_height);
}

void CopyString(const std::string& from, uint8_t* to, size_t size) {
  std::memset(to, 0, size);
  std::memcpy(to, from.data(), std::min(from.size(), size - 1));
}

}  // namespace

struct EmulatedV4l2Driver::Buffer {
  uint32_t index = 0;
  size_t offset = 0;
  std::shared_ptr<std::vector<uint8_t>> memory;
  enum class State { kDequeued, kQueued, kDone } state = State::kDequeued;
  uint32_t bytesused = 0;
  Clock::time_point timestamp;
  uint32_t sequence = 0;
};

struct EmulatedV4l2Driver::Node {
  EmulatedCameraConfig config;
  bool unplugged = false;
  bool busy = false;
  bool stalled = false;

  // The current format.
  size_t format_index = 0;
  uint32_t width = 0;
  uint32_t height = 0;
  EmulatedInterval interval;

  // The descriptor that allocated the buffers (vb2's queue owner).
  File* owner = nullptr;
  std::vector<Buffer> buffers;
  std::deque<uint32_t> queued;
  std::deque<uint32_t> done;
  bool streaming = false;
  Clock::time_point next_frame;

  uint64_t produced = 0;
  uint64_t dequeued = 0;
  int eagain_left = 0;
  int stall_skipped = 0;
  std::vector<std::vector<uint8_t>> cache;

  PixelFormat format() const {
    return config.formats.empty() ? PixelFormat::kUnknown
                                  : config.formats[format_index].format;
  }
  const EmulatedFrameSize* CurrentSize() const {
    if (config.formats.empty())
      return nullptr;
    for (const EmulatedFrameSize& size : config.formats[format_index].sizes) {
      if (SizeContains(size, width, height))
        return &size;
    }
    return nullptr;
  }
  Clock::duration IntervalDuration() const {
    return std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(Seconds(interval)));
  }
};

struct EmulatedV4l2Driver::File {
  int fd = -1;
  int flags = 0;
  std::shared_ptr<Node> node;
  bool interrupted = false;
};

EmulatedV4l2Driver::EmulatedV4l2Driver() = default;

EmulatedV4l2Driver::~EmulatedV4l2Driver() {
  for (auto& entry : files_)
    close(entry.first);
}

void EmulatedV4l2Driver::AddCamera(const EmulatedCameraConfig& config) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto node = std::make_shared<Node>();
  node->config = config;
  node->busy = config.faults.busy_on_open;
  // Drivers start at their first format and size, at the fastest rate.
  if (!config.formats.empty() && !config.formats[0].sizes.empty()) {
    const EmulatedFrameSize& size = config.formats[0].sizes[0];
    node->width = size.max_width;
    node->height = size.max_height;
    node->interval = size.intervals.stepwise ? size.intervals.min
                     : size.intervals.discrete.empty()
                         ? EmulatedInterval{1, 30}
                         : size.intervals.discrete[0];
  }
  nodes_[config.path] = node;
}

void EmulatedV4l2Driver::Unplug(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return;
  it->second->unplugged = true;
  Wake(it->second.get());
  nodes_.erase(it);
}

void EmulatedV4l2Driver::SetBusy(const std::string& path, bool busy) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it != nodes_.end())
    it->second->busy = busy;
}

void EmulatedV4l2Driver::SetStalled(const std::string& path, bool stalled) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return;
  it->second->stalled = stalled;
  Wake(it->second.get());
}

int EmulatedV4l2Driver::open_fd_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(files_.size());
}

int EmulatedV4l2Driver::mapping_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(mappings_.size());
}

uint64_t EmulatedV4l2Driver::produced_frames(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& entry : files_) {
    if (entry.second->node->config.path == path)
      return entry.second->node->produced;
  }
  auto it = nodes_.find(path);
  return it == nodes_.end() ? 0 : it->second->produced;
}

uint64_t EmulatedV4l2Driver::interrupted_ioctls() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return interrupted_ioctls_;
}

EmulatedV4l2Driver::File* EmulatedV4l2Driver::FindFile(int fd) {
  auto it = files_.find(fd);
  return it == files_.end() ? nullptr : it->second.get();
}

int EmulatedV4l2Driver::Fail(int error) {
  errno = error;
  return -1;
}

void EmulatedV4l2Driver::Wake(Node* node) {
  for (auto& entry : files_) {
    if (entry.second->node.get() == node) {
      uint64_t one = 1;
      ssize_t written = write(entry.first, &one, sizeof(one));
      (void)written;  // A full counter already wakes the poller.
    }
  }
}

int EmulatedV4l2Driver::Open(const char* path, int flags) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(path);
  if (it == nodes_.end())
    return Fail(ENOENT);
  if (it->second->busy)
    return Fail(EBUSY);
  int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (fd < 0)
    return -1;
  auto file = std::make_unique<File>();
  file->fd = fd;
  file->flags = flags;
  file->node = it->second;
  files_[fd] = std::move(file);
  return fd;
}

int EmulatedV4l2Driver::Close(int fd) {
  std::lock_guard<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file)
    return Fail(EBADF);
  Node* node = file->node.get();
  if (node->owner == file) {
    StopStreaming(node);
    FreeBuffers(node);
  }
  close(fd);
  files_.erase(fd);
  return 0;
}

void EmulatedV4l2Driver::StopStreaming(Node* node) {
  node->streaming = false;
  node->queued.clear();
  node->done.clear();
  for (Buffer& buffer : node->buffers)
    buffer.state = Buffer::State::kDequeued;
}

void EmulatedV4l2Driver::FreeBuffers(Node* node) {
  // Mapped memory lives on in |mappings_| until unmapped.
  node->buffers.clear();
  node->owner = nullptr;
}

void EmulatedV4l2Driver::Advance(Node* node, Clock::time_point now) {
  if (!node->streaming || node->unplugged)
    return;
  Clock::duration interval = node->IntervalDuration();
  // A reader that fell far behind (a stopped debugger, a stall) gets the
  // next frame now rather than a burst of old ones.
  if (now - node->next_frame > 2 * interval)
    node->next_frame = now;
  const EmulatedFaults& faults = node->config.faults;
  while (node->next_frame <= now && !node->unplugged) {
    Clock::time_point when = node->next_frame;
    node->next_frame += interval;
    if (node->stalled)
      continue;
    if (faults.stall_after_frames >= 0 &&
        node->produced >= static_cast<uint64_t>(faults.stall_after_frames) &&
        node->stall_skipped < faults.stall_frames) {
      ++node->stall_skipped;
      continue;
    }
    if (node->queued.empty()) {
      // No buffer to fill: the frame is lost, its number is not.
      ++node->produced;
      continue;
    }
    Buffer& buffer = node->buffers[node->queued.front()];
    node->queued.pop_front();
    Fill(node, &buffer, when);
    buffer.state = Buffer::State::kDone;
    node->done.push_back(buffer.index);
    if (faults.unplug_after_frames >= 0 &&
        node->produced >= static_cast<uint64_t>(faults.unplug_after_frames)) {
      node->unplugged = true;
      auto it = nodes_.find(node->config.path);
      if (it != nodes_.end() && it->second.get() == node)
        nodes_.erase(it);
    }
  }
}

void EmulatedV4l2Driver::Fill(Node* node,
                              Buffer* buffer,
                              Clock::time_point when) {
  uint32_t counter = static_cast<uint32_t>(node->produced);
  std::vector<uint8_t> rendered;
  const std::vector<uint8_t>* picture = &rendered;
  int cache_frames = node->config.pattern_cache_frames;
  if (cache_frames > 0) {
    node->cache.resize(cache_frames);
    std::vector<uint8_t>& cached = node->cache[counter % cache_frames];
    if (cached.empty()) {
      RenderEmulatedPicture(node->format(), node->width, node->height, counter,
                            &cached, node->config.jpeg_quality);
    }
    picture = &cached;
  } else {
    RenderEmulatedPicture(node->format(), node->width, node->height, counter,
                          &rendered, node->config.jpeg_quality);
  }
  size_t size = std::min(picture->size(), buffer->memory->size());
  std::memcpy(buffer->memory->data(), picture->data(), size);
  buffer->bytesused = static_cast<uint32_t>(size);

  const EmulatedFaults& faults = node->config.faults;
  uint64_t number = node->produced + 1;
  if (faults.zero_bytesused_every > 0 &&
      number % faults.zero_bytesused_every == 0)
    buffer->bytesused = 0;
  else if (faults.truncate_every > 0 && number % faults.truncate_every == 0)
    buffer->bytesused /= 2;
  buffer->timestamp = when;
  buffer->sequence = counter;
  ++node->produced;
}

int EmulatedV4l2Driver::Readiness(File* file, Clock::time_point* next_frame) {
  Node* node = file->node.get();
  if (node->unplugged)
    return POLLERR | POLLHUP;
  Advance(node, Clock::now());
  if (node->unplugged)
    return POLLERR | POLLHUP;
  // vb2: a queue that is not streaming, or has no buffer queued or done, is
  // an error to poll.
  if (!node->streaming || file != node->owner)
    return POLLERR;
  if (!node->done.empty())
    return POLLIN | POLLRDNORM;
  if (node->queued.empty())
    return POLLERR;
  if (!node->stalled)
    *next_frame = std::min(*next_frame, node->next_frame);
  return 0;
}

int EmulatedV4l2Driver::Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) {
  Clock::time_point deadline =
      timeout_ms < 0 ? Clock::time_point::max()
                     : Clock::now() + std::chrono::milliseconds(timeout_ms);
  std::vector<struct pollfd> real(fds, fds + nfds);
  std::vector<bool> emulated(nfds, false);
  for (;;) {
    int ready = 0;
    Clock::time_point wake = deadline;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (nfds_t i = 0; i < nfds; ++i) {
        fds[i].revents = 0;
        real[i] = fds[i];
        File* file = FindFile(fds[i].fd);
        if (!file)
          continue;
        emulated[i] = true;
        real[i].events = POLLIN;
        fds[i].revents =
            static_cast<short>(Readiness(file, &wake) &
                               (fds[i].events | POLLERR | POLLHUP | POLLNVAL));
        if (fds[i].revents)
          ++ready;
      }
    }
    int wait_ms = 0;
    if (!ready) {
      if (wake == Clock::time_point::max()) {
        wait_ms = -1;
      } else {
        auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            wake - Clock::now());
        wait_ms = left.count() <= 0
                      ? 0
                      : static_cast<int>((left.count() + 999) / 1000);
      }
    }
    int result = poll(real.data(), nfds, wait_ms);
    if (result < 0)
      return -1;
    for (nfds_t i = 0; i < nfds; ++i) {
      if (emulated[i]) {
        if (real[i].revents & POLLIN) {
          uint64_t count;
          ssize_t drained = read(real[i].fd, &count, sizeof(count));
          (void)drained;  // Only a wake-up; its count does not matter.
        }
      } else {
        fds[i].revents = real[i].revents;
        if (fds[i].revents)
          ++ready;
      }
    }
    if (ready)
      return ready;
    if (Clock::now() >= deadline)
      return 0;
  }
}

void* EmulatedV4l2Driver::Mmap(void* addr,
                               size_t length,
                               int prot,
                               int flags,
                               int fd,
                               off_t offset) {
  (void)addr;
  (void)prot;
  std::lock_guard<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file) {
    errno = EBADF;
    return MAP_FAILED;
  }
  Node* node = file->node.get();
  if (node->unplugged) {
    errno = ENODEV;
    return MAP_FAILED;
  }
  if (!(flags & MAP_SHARED)) {
    errno = EINVAL;  // vb2 maps buffers shared only.
    return MAP_FAILED;
  }
  for (Buffer& buffer : node->buffers) {
    if (buffer.offset != static_cast<size_t>(offset))
      continue;
    if (length > buffer.memory->size()) {
      errno = EINVAL;
      return MAP_FAILED;
    }
    void* address = buffer.memory->data();
    if (mappings_.count(address)) {
      errno = EINVAL;  // One mapping per buffer is all we emulate.
      return MAP_FAILED;
    }
    mappings_[address] = buffer.memory;
    return address;
  }
  errno = EINVAL;
  return MAP_FAILED;
}

int EmulatedV4l2Driver::Munmap(void* addr, size_t length) {
  (void)length;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!mappings_.erase(addr))
    return Fail(EINVAL);
  return 0;
}

int EmulatedV4l2Driver::Ioctl(int fd, unsigned long request, void* arg) {
  std::unique_lock<std::mutex> lock(mutex_);
  File* file = FindFile(fd);
  if (!file)
    return Fail(EBADF);
  Node* node = file->node.get();
  if (node->config.faults.interrupt_ioctls && !file->interrupted) {
    file->interrupted = true;
    ++interrupted_ioctls_;
    return Fail(EINTR);
  }
  file->interrupted = false;
  if (node->unplugged)
    return Fail(ENODEV);
  switch (request) {
    case VIDIOC_QUERYCAP:
      return QueryCap(node, static_cast<v4l2_capability*>(arg));
    case VIDIOC_ENUM_FMT:
      return EnumFmt(node, static_cast<v4l2_fmtdesc*>(arg));
    case VIDIOC_ENUM_FRAMESIZES:
      return EnumFrameSizes(node, static_cast<v4l2_frmsizeenum*>(arg));
    case VIDIOC_ENUM_FRAMEINTERVALS:
      return EnumFrameIntervals(node, static_cast<v4l2_frmivalenum*>(arg));
    case VIDIOC_G_FMT:
      return GetFormat(node, static_cast<v4l2_format*>(arg));
    case VIDIOC_S_FMT:
      return SetFormat(file, static_cast<v4l2_format*>(arg), true);
    case VIDIOC_TRY_FMT:
      return SetFormat(file, static_cast<v4l2_format*>(arg), false);
    case VIDIOC_G_PARM:
      return GetParm(node, static_cast<v4l2_streamparm*>(arg));
    case VIDIOC_S_PARM:
      return SetParm(file, static_cast<v4l2_streamparm*>(arg));
    case VIDIOC_G_CTRL:
      return GetCtrl(node, static_cast<v4l2_control*>(arg));
    case VIDIOC_REQBUFS:
      return ReqBufs(file, static_cast<v4l2_requestbuffers*>(arg));
    case VIDIOC_QUERYBUF:
      return QueryBuf(file, static_cast<v4l2_buffer*>(arg));
    case VIDIOC_QBUF:
      return QBuf(file, static_cast<v4l2_buffer*>(arg));
    case VIDIOC_DQBUF: {
      // A blocking DQBUF waits for the next frame, outside the lock.
      for (;;) {
        int result = DQBuf(file, static_cast<v4l2_buffer*>(arg));
        if (result == 0 || errno != EAGAIN || (file->flags & O_NONBLOCK) ||
            node->eagain_left > 0 || !node->streaming)
          return result;
        Clock::time_point next = node->next_frame;
        lock.unlock();
        std::this_thread::sleep_until(
            std::min(next, Clock::now() + std::chrono::milliseconds(10)));
        lock.lock();
        if (!FindFile(fd))
          return Fail(EBADF);
      }
    }
    case VIDIOC_STREAMON:
      return StreamOn(file, static_cast<const int*>(arg));
    case VIDIOC_STREAMOFF:
      return StreamOff(file, static_cast<const int*>(arg));
    default:
      return Fail(ENOTTY);
  }
}

int EmulatedV4l2Driver::QueryCap(Node* node, v4l2_capability* cap) {
  std::memset(cap, 0, sizeof(*cap));
  CopyString(node->config.driver, cap->driver, sizeof(cap->driver));
  CopyString(node->config.card, cap->card, sizeof(cap->card));
  CopyString(node->config.bus_info, cap->bus_info, sizeof(cap->bus_info));
  cap->version = (6 << 16) | (1 << 8);
  cap->device_caps = V4L2_CAP_STREAMING |
                     (node->config.metadata_node ? V4L2_CAP_META_CAPTURE
                                                 : V4L2_CAP_VIDEO_CAPTURE);
  // As uvcvideo: |capabilities| is the whole physical device's, so only
  // |device_caps| tells a metadata node from a capture node.
  cap->capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_META_CAPTURE |
                      V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS;
  return 0;
}

int EmulatedV4l2Driver::EnumFmt(Node* node, v4l2_fmtdesc* desc) {
  if (desc->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node ||
      desc->index >= node->config.formats.size())
    return Fail(EINVAL);
  const EmulatedFormat& format = node->config.formats[desc->index];
  uint32_t index = desc->index;
  std::memset(desc, 0, sizeof(*desc));
  desc->index = index;
  desc->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  desc->pixelformat = static_cast<uint32_t>(format.format);
  if (format.format == PixelFormat::kMJPEG)
    desc->flags |= V4L2_FMT_FLAG_COMPRESSED;
  if (format.emulated_flag)
    desc->flags |= V4L2_FMT_FLAG_EMULATED;
  uint32_t fourcc = desc->pixelformat;
  char name[5] = {static_cast<char>(fourcc), static_cast<char>(fourcc >> 8),
                  static_cast<char>(fourcc >> 16),
                  static_cast<char>(fourcc >> 24), 0};
  CopyString(name, desc->description, sizeof(desc->description));
  return 0;
}

int EmulatedV4l2Driver::EnumFrameSizes(Node* node, v4l2_frmsizeenum* size) {
  for (const EmulatedFormat& format : node->config.formats) {
    if (static_cast<uint32_t>(format.format) != size->pixel_format)
      continue;
    if (format.sizes.empty())
      return Fail(EINVAL);
    const EmulatedFrameSize& first = format.sizes[0];
    if (!first.discrete()) {
      if (size->index != 0)
        return Fail(EINVAL);
      bool continuous = first.step_width == 1 && first.step_height == 1;
      size->type = continuous ? V4L2_FRMSIZE_TYPE_CONTINUOUS
                              : V4L2_FRMSIZE_TYPE_STEPWISE;
      size->stepwise = {first.min_width,  first.max_width,  first.step_width,
                        first.min_height, first.max_height, first.step_height};
      return 0;
    }
    if (size->index >= format.sizes.size())
      return Fail(EINVAL);
    size->type = V4L2_FRMSIZE_TYPE_DISCRETE;
    size->discrete.width = format.sizes[size->index].max_width;
    size->discrete.height = format.sizes[size->index].max_height;
    return 0;
  }
  return Fail(EINVAL);
}

int EmulatedV4l2Driver::EnumFrameIntervals(Node* node,
                                           v4l2_frmivalenum* interval) {
  for (const EmulatedFormat& format : node->config.formats) {
    if (static_cast<uint32_t>(format.format) != interval->pixel_format)
      continue;
    for (const EmulatedFrameSize& size : format.sizes) {
      if (!SizeContains(size, interval->width, interval->height))
        continue;
      const EmulatedIntervals& intervals = size.intervals;
      if (intervals.stepwise) {
        if (interval->index != 0)
          return Fail(EINVAL);
        interval->type = V4L2_FRMIVAL_TYPE_STEPWISE;
        interval->stepwise.min = {intervals.min.numerator,
                                  intervals.min.denominator};
        interval->stepwise.max = {intervals.max.numerator,
                                  intervals.max.denominator};
        interval->stepwise.step = {intervals.step.numerator,
                                   intervals.step.denominator};
        return 0;
      }
      if (interval->index >= intervals.discrete.size())
        return Fail(EINVAL);
      interval->type = V4L2_FRMIVAL_TYPE_DISCRETE;
      interval->discrete = {intervals.discrete[interval->index].numerator,
                            intervals.discrete[interval->index].denominator};
      return 0;
    }
    return Fail(EINVAL);
  }
  return Fail(EINVAL);
}

int EmulatedV4l2Driver::GetFormat(Node* node, v4l2_format* format) {
  if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  std::memset(&format->fmt.pix, 0, sizeof(format->fmt.pix));
  v4l2_pix_format& pix = format->fmt.pix;
  pix.width = node->width;
  pix.height = node->height;
  pix.pixelformat = static_cast<uint32_t>(node->format());
  pix.field = V4L2_FIELD_NONE;
  pix.bytesperline = BytesPerLine(node->format(), node->width);
  pix.sizeimage = SizeImage(node->format(), node->width, node->height);
  pix.colorspace = V4L2_COLORSPACE_SRGB;
  return 0;
}

int EmulatedV4l2Driver::SetFormat(File* file,
                                  v4l2_format* format,
                                  bool commit) {
  Node* node = file->node.get();
  if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      node->config.metadata_node || node->config.formats.empty())
    return Fail(EINVAL);
  if (commit && (node->owner || node->config.faults.busy_on_set_format))
    return Fail(EBUSY);
  // As drivers do, an unknown format becomes the first one and a size the
  // nearest one offered: S_FMT adjusts rather than fails.
  size_t format_index = 0;
  for (size_t i = 0; i < node->config.formats.size(); ++i) {
    if (static_cast<uint32_t>(node->config.formats[i].format) ==
        format->fmt.pix.pixelformat)
      format_index = i;
  }
  const EmulatedFormat& chosen = node->config.formats[format_index];
  if (chosen.sizes.empty())
    return Fail(EINVAL);
  uint32_t want_width = format->fmt.pix.width;
  uint32_t want_height = format->fmt.pix.height;
  uint32_t width = 0, height = 0;
  const EmulatedFrameSize* size_entry = nullptr;
  int64_t best = -1;
  for (const EmulatedFrameSize& size : chosen.sizes) {
    uint32_t w =
        Snap(want_width, size.min_width, size.max_width, size.step_width);
    uint32_t h =
        Snap(want_height, size.min_height, size.max_height, size.step_height);
    int64_t distance = std::llabs(static_cast<int64_t>(w) - want_width) +
                       std::llabs(static_cast<int64_t>(h) - want_height);
    if (best < 0 || distance < best) {
      best = distance;
      width = w;
      height = h;
      size_entry = &size;
    }
  }
  if (commit) {
    node->format_index = format_index;
    node->width = width;
    node->height = height;
    const EmulatedIntervals& intervals = size_entry->intervals;
    node->interval = intervals.stepwise           ? intervals.min
                     : intervals.discrete.empty() ? EmulatedInterval{1, 30}
                                                  : intervals.discrete[0];
    node->cache.clear();
  }
  std::memset(&format->fmt.pix, 0, sizeof(format->fmt.pix));
  v4l2_pix_format& pix = format->fmt.pix;
  pix.width = width;
  pix.height = height;
  pix.pixelformat = static_cast<uint32_t>(chosen.format);
  pix.field = V4L2_FIELD_NONE;
  pix.bytesperline = BytesPerLine(chosen.format, width);
  pix.sizeimage = SizeImage(chosen.format, width, height);
  pix.colorspace = V4L2_COLORSPACE_SRGB;
  return 0;
}

int EmulatedV4l2Driver::GetParm(Node* node, v4l2_streamparm* parm) {
  if (parm->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  std::memset(&parm->parm.capture, 0, sizeof(parm->parm.capture));
  parm->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
  parm->parm.capture.timeperframe = {node->interval.numerator,
                                     node->interval.denominator};
  return 0;
}

int EmulatedV4l2Driver::SetParm(File* file, v4l2_streamparm* parm) {
  Node* node = file->node.get();
  if (parm->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  // uvcvideo refuses a rate change while streaming.
  if (node->streaming)
    return Fail(EBUSY);
  const EmulatedFrameSize* size = node->CurrentSize();
  if (!size)
    return Fail(EINVAL);
  const v4l2_fract& want = parm->parm.capture.timeperframe;
  // A zero interval asks for the driver's default, the fastest.
  double want_seconds =
      want.denominator ? static_cast<double>(want.numerator) / want.denominator
                       : 0;
  const EmulatedIntervals& intervals = size->intervals;
  EmulatedInterval chosen{1, 30};
  if (intervals.stepwise) {
    // Whole steps from the minimum; the fixtures write all three fractions
    // over one denominator, which keeps the arithmetic exact.
    chosen = intervals.min;
    double step = Seconds(intervals.step);
    if (step > 0 && intervals.step.denominator == intervals.min.denominator &&
        intervals.max.denominator == intervals.min.denominator) {
      double seconds = std::min(Seconds(intervals.max),
                                std::max(Seconds(intervals.min), want_seconds));
      auto steps = static_cast<uint32_t>(
          std::lround((seconds - Seconds(intervals.min)) / step));
      chosen.numerator += steps * intervals.step.numerator;
    }
  } else if (!intervals.discrete.empty()) {
    chosen = intervals.discrete[0];
    for (const EmulatedInterval& candidate : intervals.discrete) {
      if (std::fabs(Seconds(candidate) - want_seconds) <
          std::fabs(Seconds(chosen) - want_seconds))
        chosen = candidate;
    }
  }
  node->interval = chosen;
  std::memset(&parm->parm.capture, 0, sizeof(parm->parm.capture));
  parm->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
  parm->parm.capture.timeperframe = {chosen.numerator, chosen.denominator};
  return 0;
}

int EmulatedV4l2Driver::GetCtrl(Node* node, v4l2_control* control) {
  if (control->id != V4L2_CID_CAMERA_ORIENTATION || !node->config.orientation)
    return Fail(EINVAL);
  control->value = *node->config.orientation;
  return 0;
}

int EmulatedV4l2Driver::ReqBufs(File* file, v4l2_requestbuffers* request) {
  Node* node = file->node.get();
  if (request->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      request->memory != V4L2_MEMORY_MMAP || node->config.metadata_node)
    return Fail(EINVAL);
  if ((node->owner && node->owner != file) ||
      node->config.faults.busy_on_set_format || node->streaming)
    return Fail(EBUSY);
  FreeBuffers(node);
  if (request->count == 0)
    return 0;
  uint32_t count =
      std::min(kMaxBufferCount, std::max(kMinBufferCount, request->count));
  size_t size = SizeImage(node->format(), node->width, node->height);
  size_t stride = RoundUpToPage(size);
  node->buffers.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    Buffer& buffer = node->buffers[i];
    buffer.index = i;
    buffer.offset = i * stride;
    buffer.memory = std::make_shared<std::vector<uint8_t>>(size);
  }
  node->owner = file;
  request->count = count;
  request->capabilities = V4L2_BUF_CAP_SUPPORTS_MMAP;
  return 0;
}

int EmulatedV4l2Driver::QueryBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->index >= node->buffers.size())
    return Fail(EINVAL);
  const Buffer& b = node->buffers[buffer->index];
  uint32_t index = buffer->index;
  std::memset(buffer, 0, sizeof(*buffer));
  buffer->index = index;
  buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer->memory = V4L2_MEMORY_MMAP;
  buffer->length = static_cast<uint32_t>(b.memory->size());
  buffer->m.offset = static_cast<uint32_t>(b.offset);
  buffer->field = V4L2_FIELD_NONE;
  buffer->flags = V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
  if (mappings_.count(b.memory->data()))
    buffer->flags |= V4L2_BUF_FLAG_MAPPED;
  if (b.state == Buffer::State::kQueued)
    buffer->flags |= V4L2_BUF_FLAG_QUEUED;
  if (b.state == Buffer::State::kDone)
    buffer->flags |= V4L2_BUF_FLAG_DONE;
  return 0;
}

int EmulatedV4l2Driver::QBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->memory != V4L2_MEMORY_MMAP ||
      buffer->index >= node->buffers.size())
    return Fail(EINVAL);
  Buffer& b = node->buffers[buffer->index];
  if (b.state != Buffer::State::kDequeued)
    return Fail(EINVAL);
  b.state = Buffer::State::kQueued;
  node->queued.push_back(b.index);
  buffer->flags = V4L2_BUF_FLAG_QUEUED | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
  Wake(node);
  return 0;
}

int EmulatedV4l2Driver::DQBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->memory != V4L2_MEMORY_MMAP)
    return Fail(EINVAL);
  if (node->owner != file || !node->streaming)
    return Fail(EINVAL);
  Advance(node, Clock::now());
  if (node->unplugged)
    return Fail(ENODEV);
  if (node->done.empty())
    return Fail(EAGAIN);
  if (node->eagain_left > 0) {
    --node->eagain_left;
    return Fail(EAGAIN);
  }
  node->eagain_left = node->config.faults.eagain_per_frame;
  Buffer& b = node->buffers[node->done.front()];
  node->done.pop_front();
  b.state = Buffer::State::kDequeued;
  ++node->dequeued;
  std::memset(buffer, 0, sizeof(*buffer));
  buffer->index = b.index;
  buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer->memory = V4L2_MEMORY_MMAP;
  buffer->bytesused = b.bytesused;
  buffer->length = static_cast<uint32_t>(b.memory->size());
  buffer->m.offset = static_cast<uint32_t>(b.offset);
  buffer->field = V4L2_FIELD_NONE;
  buffer->sequence = b.sequence;
  buffer->flags =
      V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC | V4L2_BUF_FLAG_TSTAMP_SRC_EOF;
  if (mappings_.count(b.memory->data()))
    buffer->flags |= V4L2_BUF_FLAG_MAPPED;
  auto since_boot = std::chrono::duration_cast<std::chrono::microseconds>(
      b.timestamp.time_since_epoch());
  buffer->timestamp.tv_sec = since_boot.count() / 1000000;
  buffer->timestamp.tv_usec = since_boot.count() % 1000000;
  return 0;
}

int EmulatedV4l2Driver::StreamOn(File* file, const int* type) {
  Node* node = file->node.get();
  if (*type != V4L2_BUF_TYPE_VIDEO_CAPTURE)
    return Fail(EINVAL);
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  if (node->buffers.empty())
    return Fail(EINVAL);
  if (node->streaming)
    return 0;
  // Render the whole cache now: rendering lazily would charge a frame's
  // rendering to whichever later frame first used its slot.
  int cache_frames = node->config.pattern_cache_frames;
  if (cache_frames > 0 && node->cache.empty()) {
    node->cache.resize(cache_frames);
    for (int i = 0; i < cache_frames; ++i) {
      RenderEmulatedPicture(node->format(), node->width, node->height,
                            static_cast<uint32_t>(i), &node->cache[i],
                            node->config.jpeg_quality);
    }
  }
  node->streaming = true;
  node->next_frame = Clock::now() + node->IntervalDuration();
  node->eagain_left = node->config.faults.eagain_per_frame;
  Wake(node);
  return 0;
}

int EmulatedV4l2Driver::StreamOff(File* file, const int* type) {
  Node* node = file->node.get();
  if (*type != V4L2_BUF_TYPE_VIDEO_CAPTURE)
    return Fail(EINVAL);
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  StopStreaming(node);
  return 0;
}

}  // namespace mediacapture
