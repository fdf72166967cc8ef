// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_capture_device.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <utility>

#include "platform/base/time.h"
#include "platform/v4l2/v4l2_device.h"
#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {

namespace {

std::string Describe(const V4l2CaptureFormat& format) {
  return std::to_string(format.width) + "x" + std::to_string(format.height) +
         " " + FourccToString(static_cast<uint32_t>(format.pixel_format));
}

}  // namespace

uint64_t V4l2CaptureStats::total_dropped() const {
  uint64_t total = 0;
  for (uint64_t count : dropped_frames)
    total += count;
  return total;
}

// static
std::unique_ptr<V4l2CaptureDevice> V4l2CaptureDevice::Open(
    std::shared_ptr<V4l2Device> device,
    const std::string& path,
    const std::string& expected_bus_info,
    std::vector<VideoCaptureMode> modes,
    Status* status) {
  std::unique_ptr<V4l2CaptureDevice> capture(
      new V4l2CaptureDevice(std::move(device), path, std::move(modes)));
  *status = capture->state_.Transition(
      DeviceState::kOpen, kV4l2InvalidState,
      [&] { return capture->OpenDevice(expected_bus_info); });
  if (!status->ok())
    return nullptr;
  return capture;
}

V4l2CaptureDevice::V4l2CaptureDevice(std::shared_ptr<V4l2Device> device,
                                     std::string path,
                                     std::vector<VideoCaptureMode> modes)
    : owned_device_(std::move(device)),
      device_(owned_device_.get()),
      path_(std::move(path)),
      modes_(std::move(modes)) {}

V4l2CaptureDevice::~V4l2CaptureDevice() {
  Stop();
  if (stop_event_ >= 0)
    close(stop_event_);
}

Status V4l2CaptureDevice::OpenDevice(const std::string& expected_bus_info) {
  // Non-blocking: the capture thread waits in poll, never in DQBUF.
  int fd = device_->Open(path_.c_str(), O_RDWR | O_NONBLOCK);
  if (fd < 0) {
    int error = errno;
    ErrorCategory category =
        error == EBUSY ? ErrorCategory::kBusy
        : (error == ENOENT || error == ENODEV || error == ENXIO)
            ? ErrorCategory::kNotFound
            : ErrorCategory::kInternal;
    return Status::Error(category, kV4l2OpenFailed,
                         "open " + path_ + ": " + strerror(error));
  }
  ScopedV4l2Fd scoped(device_, fd);
  v4l2_capability cap;
  std::memset(&cap, 0, sizeof(cap));
  if (Xioctl(device_, fd, VIDIOC_QUERYCAP, &cap) < 0) {
    int error = errno;
    Status status =
        ErrnoStatus(kV4l2QueryCapFailed, "VIDIOC_QUERYCAP on " + path_, error);
    if (status.category() == ErrorCategory::kDeviceLost) {
      return Status::Error(ErrorCategory::kNotFound, kV4l2QueryCapFailed,
                           status.message());
    }
    return status;
  }
  uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps
                                                            : cap.capabilities;
  if (!(caps & V4L2_CAP_VIDEO_CAPTURE) || !(caps & V4L2_CAP_STREAMING)) {
    return Status::Error(ErrorCategory::kUnsupported, kV4l2NotCaptureDevice,
                         path_ + " is not a streaming capture device");
  }
  std::string bus_info(reinterpret_cast<const char*>(cap.bus_info),
                       strnlen(reinterpret_cast<const char*>(cap.bus_info),
                               sizeof(cap.bus_info)));
  if (!expected_bus_info.empty() && bus_info != expected_bus_info) {
    return Status::Error(
        ErrorCategory::kNotFound, kV4l2DeviceReplaced,
        path_ + " is now " + bus_info + ", not " + expected_bus_info);
  }
  fd_ = std::move(scoped);
  return Status::Ok();
}

Status V4l2CaptureDevice::StartVideo(const VideoCaptureParams& params,
                                     CaptureDeviceClient* client) {
  client_ = client;
  return state_.Transition(DeviceState::kStarted, kV4l2InvalidState,
                           [&] { return StartStreaming(params); });
}

// The open → format → rate → buffers → stream pipeline. On failure it
// releases what it set up, so the device stays kOpen.
Status V4l2CaptureDevice::StartStreaming(const VideoCaptureParams& params) {
  V4l2CaptureFormat wanted;
  Status status = ChooseCaptureFormat(modes_, params, &wanted);
  if (!status.ok())
    return status;
  uint32_t bytes_per_line = 0;
  status = SetFormat(wanted, &bytes_per_line);
  if (!status.ok())
    return status;
  status = SetFrameRate(wanted.frame_rate);
  if (!status.ok())
    return status;
  status = MapBuffers();
  if (!status.ok()) {
    ReleaseBuffers();
    return status;
  }
  if (stop_event_ < 0)
    stop_event_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (stop_event_ < 0) {
    int error = errno;
    ReleaseBuffers();
    return ErrnoStatus(kV4l2StopEventFailed, "eventfd", error);
  }
  int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  if (Xioctl(device_, fd_.get(), VIDIOC_STREAMON, &type) < 0) {
    int error = errno;
    ReleaseBuffers();
    return ErrnoStatus(kV4l2StreamOnFailed,
                       "VIDIOC_STREAMON for " + Describe(format_), error);
  }
  converter_ = std::make_unique<V4l2FrameConverter>(
      format_.pixel_format, format_.width, format_.height, bytes_per_line);
  frame_pool_ = V4l2FramePool::Create(kV4l2FramePoolSize);
  thread_ = std::thread(&V4l2CaptureDevice::CaptureLoop, this);
  return Status::Ok();
}

Status V4l2CaptureDevice::SetFormat(const V4l2CaptureFormat& wanted,
                                    uint32_t* bytes_per_line) {
  v4l2_format format;
  std::memset(&format, 0, sizeof(format));
  format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  format.fmt.pix.pixelformat = static_cast<uint32_t>(wanted.pixel_format);
  format.fmt.pix.width = static_cast<uint32_t>(wanted.width);
  format.fmt.pix.height = static_cast<uint32_t>(wanted.height);
  format.fmt.pix.field = V4L2_FIELD_ANY;
  if (Xioctl(device_, fd_.get(), VIDIOC_S_FMT, &format) < 0) {
    return ErrnoStatus(kV4l2SetFormatFailed,
                       "VIDIOC_S_FMT failed for " + Describe(wanted), errno);
  }
  // Drivers adjust rather than fail: a size they round is fine (frames carry
  // their size), another pixel format is not what we chose.
  if (format.fmt.pix.pixelformat !=
      static_cast<uint32_t>(wanted.pixel_format)) {
    return Status::Error(ErrorCategory::kUnsupported, kV4l2FormatSubstituted,
                         "VIDIOC_S_FMT gave " +
                             FourccToString(format.fmt.pix.pixelformat) +
                             " for " + Describe(wanted));
  }
  format_ = wanted;
  format_.width = static_cast<int>(format.fmt.pix.width);
  format_.height = static_cast<int>(format.fmt.pix.height);
  *bytes_per_line = format.fmt.pix.bytesperline;
  return Status::Ok();
}

Status V4l2CaptureDevice::SetFrameRate(double frame_rate) {
  v4l2_streamparm parm;
  std::memset(&parm, 0, sizeof(parm));
  parm.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  if (Xioctl(device_, fd_.get(), VIDIOC_G_PARM, &parm) < 0 ||
      !(parm.parm.capture.capability & V4L2_CAP_TIMEPERFRAME)) {
    // A driver without a settable rate streams at its own: not an error.
    return Status::Ok();
  }
  // In milliseconds of a second, so 29.97 fps survives.
  parm.parm.capture.timeperframe.numerator = 1000;
  parm.parm.capture.timeperframe.denominator =
      static_cast<uint32_t>(std::lround(frame_rate * 1000));
  if (Xioctl(device_, fd_.get(), VIDIOC_S_PARM, &parm) < 0) {
    int error = errno;
    if (error == EBUSY ||
        CategoryForErrno(error) == ErrorCategory::kDeviceLost) {
      return ErrnoStatus(kV4l2SetParmFailed,
                         "VIDIOC_S_PARM failed for " + Describe(format_),
                         error);
    }
    return Status::Ok();  // As above: the driver keeps its rate.
  }
  const v4l2_fract& interval = parm.parm.capture.timeperframe;
  if (interval.numerator && interval.denominator) {
    format_.frame_rate =
        static_cast<double>(interval.denominator) / interval.numerator;
  }
  return Status::Ok();
}

Status V4l2CaptureDevice::MapBuffers() {
  v4l2_requestbuffers request;
  std::memset(&request, 0, sizeof(request));
  request.count = kV4l2BufferCount;
  request.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  request.memory = V4L2_MEMORY_MMAP;
  if (Xioctl(device_, fd_.get(), VIDIOC_REQBUFS, &request) < 0) {
    return ErrnoStatus(kV4l2RequestBuffersFailed,
                       "VIDIOC_REQBUFS for " + Describe(format_), errno);
  }
  if (request.count == 0) {
    return Status::Error(ErrorCategory::kInternal, kV4l2RequestBuffersFailed,
                         "VIDIOC_REQBUFS gave no buffers");
  }
  for (uint32_t index = 0; index < request.count; ++index) {
    v4l2_buffer buffer;
    std::memset(&buffer, 0, sizeof(buffer));
    buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    buffer.memory = V4L2_MEMORY_MMAP;
    buffer.index = index;
    if (Xioctl(device_, fd_.get(), VIDIOC_QUERYBUF, &buffer) < 0)
      return ErrnoStatus(kV4l2QueryBufferFailed, "VIDIOC_QUERYBUF", errno);
    void* address =
        device_->Mmap(nullptr, buffer.length, PROT_READ | PROT_WRITE,
                      MAP_SHARED, fd_.get(), buffer.m.offset);
    if (address == MAP_FAILED)
      return ErrnoStatus(kV4l2MmapFailed, "mmap of a V4L2 buffer", errno);
    buffers_.emplace_back(device_, address, buffer.length);
    if (Xioctl(device_, fd_.get(), VIDIOC_QBUF, &buffer) < 0)
      return ErrnoStatus(kV4l2QueueBufferFailed, "VIDIOC_QBUF", errno);
  }
  return Status::Ok();
}

void V4l2CaptureDevice::ReleaseBuffers() {
  if (!fd_.is_valid())
    return;
  int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  Xioctl(device_, fd_.get(), VIDIOC_STREAMOFF, &type);
  buffers_.clear();  // Unmaps each, through |device_|.
  v4l2_requestbuffers request;
  std::memset(&request, 0, sizeof(request));
  request.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  request.memory = V4L2_MEMORY_MMAP;
  Xioctl(device_, fd_.get(), VIDIOC_REQBUFS, &request);
}

void V4l2CaptureDevice::Stop() {
  if (state_.state() == DeviceState::kStopped ||
      state_.state() == DeviceState::kClosed)
    return;
  state_.Transition(DeviceState::kStopped, kV4l2InvalidState, [this] {
    if (thread_.joinable()) {
      uint64_t one = 1;
      ssize_t written = write(stop_event_, &one, sizeof(one));
      (void)written;  // Cannot fail on a fresh eventfd short of overflow.
      thread_.join();
    }
    ReleaseBuffers();
    converter_.reset();
    frame_pool_.reset();
    // Closing releases the camera for other processes at once.
    fd_.Reset();
    return Status::Ok();
  });
}

V4l2CaptureStats V4l2CaptureDevice::GetStats() const {
  V4l2CaptureStats stats;
  stats.delivered_frames = delivered_.load();
  for (int i = 0; i < kFrameDropReasonCount; ++i)
    stats.dropped_frames[i] = dropped_[i].load();
  stats.poll_timeouts = poll_timeouts_.load();
  stats.eagain_retries = eagain_retries_.load();
  return stats;
}

int V4l2CaptureDevice::PollTimeoutMs() const {
  if (poll_timeout_ms_for_testing_ > 0)
    return poll_timeout_ms_for_testing_;
  int two_intervals_ms =
      format_.frame_rate > 0
          ? static_cast<int>(std::ceil(2000.0 / format_.frame_rate))
          : 0;
  return std::max(kV4l2CaptureTimeoutMs, two_intervals_ms);
}

void V4l2CaptureDevice::CaptureLoop() {
  const int timeout_ms = PollTimeoutMs();
  int timeouts_in_a_row = 0;
  int poll_errors = 0;
  bool muted = false;
  for (;;) {
    struct pollfd fds[2] = {{fd_.get(), POLLIN, 0}, {stop_event_, POLLIN, 0}};
    int ready = device_->Poll(fds, 2, timeout_ms);
    if (ready < 0) {
      if (errno == EINTR)
        continue;
      ReportError(kV4l2PollFailed, "poll", errno);
      return;
    }
    if (fds[1].revents)
      return;  // Stop().
    if (ready == 0) {
      ++poll_timeouts_;
      if (!muted && ++timeouts_in_a_row >= kV4l2TimeoutsBeforeMute) {
        muted = true;
        client_->OnMuted(true);
      }
      continue;
    }
    timeouts_in_a_row = 0;
    bool poll_error = fds[0].revents & (POLLERR | POLLHUP | POLLNVAL);
    if (!poll_error && !(fds[0].revents & POLLIN))
      continue;
    if (!DequeueAndDeliver(poll_error, &poll_errors, &muted))
      return;
  }
}

bool V4l2CaptureDevice::DequeueAndDeliver(bool poll_error,
                                          int* poll_errors,
                                          bool* muted) {
  v4l2_buffer buffer;
  std::memset(&buffer, 0, sizeof(buffer));
  buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer.memory = V4L2_MEMORY_MMAP;
  if (Xioctl(device_, fd_.get(), VIDIOC_DQBUF, &buffer) < 0) {
    int error = errno;
    if (error != EAGAIN) {
      ReportError(kV4l2DequeueFailed, "VIDIOC_DQBUF", error);
      return false;
    }
    // Readable yet nothing to dequeue: a spurious wake-up, counted. POLLERR
    // with nothing to dequeue, again and again, is a stuck queue.
    ++eagain_retries_;
    if (poll_error && ++*poll_errors > kV4l2MaxPollErrors) {
      ReportError(kV4l2QueueStuck, "poll keeps reporting an error", EIO);
      return false;
    }
    return true;
  }
  *poll_errors = 0;
  if (buffer.index < buffers_.size()) {
    const ScopedV4l2Mapping& mapping = buffers_[buffer.index];
    size_t size = std::min<size_t>(buffer.bytesused, mapping.length());
    std::shared_ptr<VideoFrame> frame = frame_pool_->Take();
    FrameDropReason reason = FrameDropReason::kDriverError;
    bool good = !(buffer.flags & V4L2_BUF_FLAG_ERROR) &&
                converter_->Convert(mapping.data(), size, frame.get(), &reason);
    if (good) {
      bool monotonic = (buffer.flags & V4L2_BUF_FLAG_TIMESTAMP_MASK) ==
                       V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
      frame->timestamp_us = monotonic
                                ? int64_t{buffer.timestamp.tv_sec} * 1000000 +
                                      buffer.timestamp.tv_usec
                                : MonotonicNowUs();
      frame->sequence = delivered_.load();
      if (*muted) {
        *muted = false;
        client_->OnMuted(false);
      }
      client_->OnVideoFrame(frame);
      ++delivered_;
    } else {
      ++dropped_[static_cast<int>(reason)];
    }
  }
  if (Xioctl(device_, fd_.get(), VIDIOC_QBUF, &buffer) < 0) {
    ReportError(kV4l2QueueBufferFailed, "VIDIOC_QBUF", errno);
    return false;
  }
  return true;
}

void V4l2CaptureDevice::ReportError(V4l2ErrorCode code,
                                    const std::string& what,
                                    int error) {
  Status status = ErrnoStatus(code, what + " on " + path_, error);
  client_->OnError(status);
}

}  // namespace mediacapture
